// Extracts the README's Java samples, verbatim, into a consumer project before it builds.
// A sample is a ```java block right after a marker line in README.md:
//   <!-- sample: Name -->       statements: lines starting "import " become the imports of a
//                                class readme.NameSample whose static run() method holds the rest;
//   <!-- test-class: Name -->   a whole test class, written as src/test/java/Name.java.
// Called from each consumer's prebuild.groovy with the project directory and what it wants.
class ReadmeSamples {
  static List<Map> read(File readme) {
    def samples = []
    def lines = readme.readLines('UTF-8')
    for (int i = 0; i < lines.size(); i++) {
      if (lines[i] == '```java' && (i == 0 || !(lines[i - 1] ==~ /^<!-- (sample|test-class): \w+ -->$/))) {
        throw new IllegalStateException("README.md line ${i + 1}: every Java block is run, so it needs a <!-- sample: Name --> or <!-- test-class: Name --> line before it")
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      def m = lines[i] =~ /^<!-- (sample|test-class): (\w+) -->$/
      if (!m.matches()) {
        continue
      }
      if (i + 1 >= lines.size() || lines[i + 1] != '```java') {
        throw new IllegalStateException("README.md line ${i + 1}: a ${m.group(1)} marker must be followed by a ```java block")
      }
      def body = []
      int j = i + 2
      while (j < lines.size() && lines[j] != '```') {
        body << lines[j]
        j++
      }
      samples << [kind: m.group(1), name: m.group(2), lines: body]
      i = j
    }
    if (samples.isEmpty()) {
      throw new IllegalStateException('README.md has no marked samples')
    }
    samples
  }

  /** Writes readme.NAME classes and readme.AllSamples (a list of them, in README order). */
  static void writeSamples(File readme, File sourceRoot) {
    def dir = new File(sourceRoot, 'readme')
    dir.mkdirs()
    def names = []
    read(readme).findAll { it.kind == 'sample' }.each { s ->
      def cls = s.name + 'Sample' // never the name of a class the sample imports
      def imports = s.lines.findAll { it.startsWith('import ') }
      def body = s.lines.findAll { !it.startsWith('import ') }
      def text = new StringBuilder()
      text << 'package readme;\n\n' << imports.join('\n') << '\n\n'
      text << "/** The README sample \"${s.name}\", extracted verbatim at build time. */\n"
      text << "public final class ${cls} {\n  private ${cls}() {}\n\n"
      text << '  /**\n   * Runs the sample.\n   *\n   * @throws Exception when the sample fails\n   */\n'
      text << '  public static void run() throws Exception {\n'
      body.each { text << (it.isEmpty() ? '' : '    ' + it) << '\n' }
      text << '  }\n}\n'
      new File(dir, "${cls}.java").setText(text.toString(), 'UTF-8')
      names << s.name
    }
    def all = new StringBuilder()
    all << 'package readme;\n\nimport java.util.LinkedHashMap;\nimport java.util.Map;\nimport java.util.concurrent.Callable;\n\n'
    all << '/** Every README sample, in README order, by name. */\n'
    all << 'public final class AllSamples {\n  private AllSamples() {}\n\n'
    all << '  /**\n   * Returns the samples by name.\n   *\n   * @return the samples, in README order\n   */\n'
    all << '  public static Map<String, Callable<Void>> byName() {\n'
    all << '    Map<String, Callable<Void>> samples = new LinkedHashMap<>();\n'
    names.each { all << "    samples.put(\"${it}\", () -> {\n      ${it}Sample.run();\n      return null;\n    });\n" }
    all << '    return samples;\n  }\n}\n'
    new File(dir, 'AllSamples.java').setText(all.toString(), 'UTF-8')
  }

  /** Writes each README test class into the test source root. */
  static void writeTestClasses(File readme, File testRoot) {
    testRoot.mkdirs()
    def tests = read(readme).findAll { it.kind == 'test-class' }
    if (tests.isEmpty()) {
      throw new IllegalStateException('README.md has no marked test class')
    }
    tests.each { new File(testRoot, "${it.name}.java").setText(it.lines.join('\n') + '\n', 'UTF-8') }
  }
}
