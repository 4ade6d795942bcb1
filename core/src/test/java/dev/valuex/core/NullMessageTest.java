package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.reflect.ClassPath;
import dev.valuex.core.agreement.AgreementOptions;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.core.analysis.ImportanceDistribution;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public static factory of every package core exports, and the copy methods
 * ({@code with...}, {@code plus...}) of its main value types, passing null for one parameter at
 * a time: each must throw a NullPointerException whose message names that parameter
 * (STYLE.md, "null to a hand-written factory"). Needs {@code -parameters} (parent pom).
 */
class NullMessageTest {

  private static final ElementId ELEMENT = ElementId.of("customer", "savings");

  /** A valid, non-null value for every parameter type a swept method takes. */
  private static final Map<Class<?>, Object> SAMPLES = samples();

  private static Map<Class<?>, Object> samples() {
    Ledger ledger = LedgerTest.sample();
    Evidence evidence = Evidence.quote("I save money");
    return ImmutableMap.<Class<?>, Object>builder()
        .put(String.class, "sample")
        .put(CharSequence.class, "customer.savings")
        .put(Iterable.class, ImmutableList.of())
        .put(List.class, ImmutableList.of())
        .put(Map.class, ImmutableMap.of())
        .put(Set.class, Set.of())
        .put(Optional.class, Optional.empty())
        .put(LocalDate.class, LocalDate.of(2026, 3, 14))
        .put(YearMonth.class, YearMonth.of(2026, 3))
        .put(long[].class, new long[0])
        .put(int[].class, new int[0])
        .put(ElementId.class, ELEMENT)
        .put(LedgerId.class, LedgerId.of("p07-current"))
        .put(Ledger.class, ledger)
        .put(LedgerEntry.class, LedgerEntry.of(ELEMENT, Side.OUT))
        .put(Evidence.class, evidence)
        .put(Pairing.class, Pairing.of(ELEMENT, ElementId.of("customer", "money")))
        .put(Subject.class, Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
        .put(Provenance.class, Provenance.of(Provenance.Kind.values()[0]))
        .put(JourneyModel.class, JourneyModel.fiveStage())
        .put(StageTags.class, StageTags.of(JourneyModel.fiveStage()))
        .put(Journey.class, Journey.builder().name("broadband").model(JourneyModel.fiveStage())
            .build())
        .put(Placement.class, Placement.of(ELEMENT, Side.OUT))
        .put(Function.class, Function.identity())
        .put(BalanceRule[].class, new BalanceRule[0])
        .put(Collection.class, ImmutableList.of())
        .put(OptionalInt.class, OptionalInt.empty())
        .put(OptionalLong.class, OptionalLong.empty())
        .put(OptionalDouble.class, OptionalDouble.empty())
        .put(ImportanceDistribution.class, ImportanceDistribution.none())
        .put(BalanceJudgement.class, BalanceJudgement.builder()
            .verdict(BalanceJudgement.Verdict.values()[0]).recordedBy("P07")
            .recordedOn(LocalDate.of(2026, 3, 14)).build())
        .put(AgreementOptions.class, AgreementOptions.defaults())
        .put(GroupThreshold.class, GroupThreshold.ofShare(0.5))
        .put(GroupRule.class, GroupRule.builder().id(LedgerId.of("commuter-current"))
            .subject(Subject.of(Subject.Kind.SEGMENT, "commuter")).owner("commuter panel")
            .author("researcher-2").threshold(GroupThreshold.ofShare(0.5)).build())
        .buildOrThrow();
  }

  @Test
  void everyFactoryAndCopyMethodNamesTheNullParameter() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : exportedPublicTypes()) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
          continue;
        }
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        if (type.isEnum() && isStatic && method.getName().equals("valueOf")) {
          continue; // generated by javac, message is the JDK's
        }
        Object receiver = null;
        if (!isStatic) {
          if (!(method.getName().startsWith("with") || method.getName().startsWith("plus"))
              || !SAMPLES.containsKey(type)) {
            continue;
          }
          receiver = SAMPLES.get(type);
        }
        checked += check(receiver, method, problems);
      }
    }
    assertTrue(checked > 50, "swept only " + checked + " parameters");
    assertEquals(List.of(), problems, "null messages that do not name the parameter");
  }

  @Test
  void everyBuilderSetterNamesTheNullParameter() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : exportedPublicTypes()) {
      Method builder;
      try {
        builder = type.getDeclaredMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      if (!Modifier.isStatic(builder.getModifiers()) || !Modifier.isPublic(builder.getModifiers())) {
        continue;
      }
      for (Method setter : builder.getReturnType().getMethods()) {
        if (setter.getDeclaringClass() == Object.class || setter.getParameterCount() == 0
            || Modifier.isStatic(setter.getModifiers()) || isCollectionAdder(setter)) {
          continue;
        }
        // A fresh builder per setter: a strict builder refuses a second value.
        checked += check(builder.invoke(null), setter, problems);
      }
    }
    assertTrue(checked > 50, "swept only " + checked + " parameters");
    assertEquals(List.of(), problems, "null messages that do not name the parameter");
  }

  /**
   * Tells whether a builder method adds to a collection attribute. Immutables hands these to
   * Guava's collection builders, which reject a null with a bare NullPointerException and no
   * style setting names the parameter (only {@code jdkOnly}, which would drop the Guava
   * collection types of the public API); they are left out of the sweep until that changes.
   */
  private static boolean isCollectionAdder(Method setter) {
    String name = setter.getName();
    return name.startsWith("add") || name.startsWith("put");
  }

  private static int check(@Nullable Object receiver, Method method, List<String> problems)
      throws IllegalAccessException {
    Parameter[] parameters = method.getParameters();
    for (Parameter p : parameters) {
      if (sample(p.getType()) == null) {
        problems.add("no sample " + p.getType().getName() + " for " + method);
        return 0;
      }
    }
    int checked = 0;
    for (int i = 0; i < parameters.length; i++) {
      Parameter p = parameters[i];
      if (p.getType().isPrimitive()
          || p.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        continue;
      }
      assertTrue(p.isNamePresent(), "compile with -parameters: " + method);
      Object[] args = new Object[parameters.length];
      for (int j = 0; j < parameters.length; j++) {
        args[j] = j == i ? null : sample(parameters[j].getType());
      }
      checked++;
      String where = method.getDeclaringClass().getSimpleName() + "." + method.getName()
          + " parameter " + p.getName();
      try {
        method.invoke(receiver, args);
        problems.add(where + ": accepted null");
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof NullPointerException)) {
          problems.add(where + ": threw " + cause);
        } else if (cause.getMessage() == null || !cause.getMessage().contains(p.getName())) {
          problems.add(where + ": message " + cause.getMessage());
        }
      }
    }
    return checked;
  }

  private static @Nullable Object sample(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 0.5;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return SAMPLES.get(type);
  }

  private static Set<Class<?>> exportedPublicTypes() throws IOException, URISyntaxException {
    Path classes = Path.of(Ledger.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported = new TreeSet<>();
    module.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
    Set<Class<?>> types = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    for (ClassPath.ClassInfo info : ClassPath.from(Ledger.class.getClassLoader())
        .getTopLevelClasses()) {
      if (!exported.contains(info.getPackageName())) {
        continue;
      }
      Class<?> type = info.load();
      if (type.getProtectionDomain().getCodeSource().getLocation().toURI()
          .equals(classes.toUri())) {
        addPublic(type, types);
      }
    }
    assertTrue(types.contains(Assessment.class), "sweep found " + types);
    return types;
  }

  private static void addPublic(Class<?> type, Set<Class<?>> types) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return;
    }
    types.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addPublic(nested, types);
    }
  }
}
