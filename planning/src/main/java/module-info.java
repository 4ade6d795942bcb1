/**
 * valuex planning: value creation plans with measures and reviews, their Markdown and CSV
 * export, and program value exchange for loyalty, subscription and self-service programs.
 */
module dev.valuex.planning {
  requires transitive dev.valuex.core;
  requires org.apache.commons.csv;
  // Compile-time only: Commons CSV's classes carry SpotBugs annotations that javac reads.
  requires static com.github.spotbugs.annotations;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.planning;
  exports dev.valuex.planning.program;
}
