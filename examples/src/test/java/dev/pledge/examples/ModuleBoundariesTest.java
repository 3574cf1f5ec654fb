package dev.pledge.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the other artifacts see of pledge-core: its public API only. The standard rules, the
 * testkit, the command line and these examples are written as a user's code is, so none of them
 * may use an {@code internal} package of Pledge (core's, or the neutral {@code dev.pledge.internal}).
 * Their classes are on this module's test class path (pledge-cli as a test dependency for this).
 */
@AnalyzeClasses(packages = {"dev.pledge.rules", "dev.pledge.testkit", "dev.pledge.cli", "dev.pledge.examples"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule onlyPledgesPublicApiIsUsed = noClasses()
      .should().dependOnClassesThat().resideInAPackage("dev.pledge..internal..");
}
