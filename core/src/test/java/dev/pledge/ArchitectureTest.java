package dev.pledge;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the packages of pledge-core may depend on each other. Features are the packages right below
 * {@code dev.pledge} ({@code calendar}, {@code tier}, {@code sla}, ...); a feature's machinery is in
 * its {@code internal} package. Two places belong to no feature and may be used by all: the root
 * exception hierarchy ({@link PledgeException} and its subclasses in {@code dev.pledge}) and the
 * neutral {@code dev.pledge.internal} (the strict JSON mapper). The {@link Pledge} facade in the
 * root package is the composition root that wires the loaded configuration into the engines; it is
 * the one class that may reach a feature's internals from outside ({@code config.internal}).
 */
@AnalyzeClasses(packages = "dev.pledge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] ENGINES = {"dev.pledge.calendar..", "dev.pledge.tier..",
      "dev.pledge.sla..", "dev.pledge.escalation..", "dev.pledge.report.."};

  @ArchTest
  static final ArchRule theRuleSpiNeedsNeitherTheLoaderNorTheEngines = noClasses()
      .that().resideInAPackage("dev.pledge.rule..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.pledge.config..")
      .orShould().dependOnClassesThat().resideInAnyPackage(ENGINES);

  @ArchTest
  static final ArchRule theCalendarStandsAlone = noClasses()
      .that().resideInAPackage("dev.pledge.calendar..")
      .should().dependOnClassesThat(resideInAPackage("dev.pledge..")
          .and(not(resideInAPackage("dev.pledge.calendar..")))
          .and(not(resideInAPackage("dev.pledge").and(assignableTo(PledgeException.class)))));

  @ArchTest
  static final ArchRule tiersKnowNothingOfPromisesOrEscalation = noClasses()
      .that().resideInAPackage("dev.pledge.tier..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.pledge.sla..", "dev.pledge.escalation..");

  @ArchTest
  static final ArchRule promisesKnowNothingOfEscalationOrReports = noClasses()
      .that().resideInAPackage("dev.pledge.sla..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.pledge.escalation..", "dev.pledge.report..");

  @ArchTest
  static final ArchRule noFeatureReachesIntoAnothersInternals = classes()
      .that(resideInAPackage("dev.pledge..").and(not(resideInAnyPackage("dev.pledge"))))
      .should(useOnlyTheirOwnInternals());

  /** The feature of a package ({@code sla} for {@code dev.pledge.sla.internal}), if it is one. */
  private static final Pattern FEATURE = Pattern.compile("dev\\.pledge\\.([a-z0-9]+)(\\..*)?");
  private static final Pattern FEATURE_INTERNAL = Pattern.compile("dev\\.pledge\\.[a-z0-9]+\\.internal(\\..*)?");

  private static String feature(String packageName) {
    Matcher m = FEATURE.matcher(packageName);
    return m.matches() ? m.group(1) : "";
  }

  static ArchCondition<JavaClass> useOnlyTheirOwnInternals() {
    return new ArchCondition<>("use no other feature's internal package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = feature(origin.getPackageName());
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          if (FEATURE_INTERNAL.matcher(target).matches() && !feature(target).equals(own)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
