package org.confidant.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module direction of ARCHITECTURE.md: web-admin → ejb-routing (api only) → {jms-events, security-realm};
 * the leaves and db-migrations know nothing of ours. WildFly does not isolate EAR modules, so this test does.
 * Modules are recognised by where a class was loaded from (each module's classes directory or jar).
 */
class ModuleBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importConfidant() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.confidant");
  }

  private static DescribedPredicate<JavaClass> inModule(String module) {
    return DescribedPredicate.describe("in module " + module, javaClass -> javaClass.getSource()
        .map(source -> {
          String uri = source.getUri().toString();
          return uri.contains("/" + module + "/target/") || uri.contains("/" + module + "-");
        })
        .orElse(false));
  }

  private static DescribedPredicate<JavaClass> inAnyModule(String... modules) {
    DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
    for (String module : modules) {
      any = any.or(inModule(module));
    }
    return any.as("in any of " + String.join(", ", modules));
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void everyModuleIsSeenByTheTest() {
    for (String module : new String[] {"db-migrations", "jms-events", "security-realm", "ejb-routing", "web-admin"}) {
      org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(inModule(module)))
          .as("classes of " + module + " on the test class path").isTrue();
    }
  }

  @Test
  void dbMigrationsDependsOnNothingOfOurs() {
    check(noClasses().that(inModule("db-migrations"))
        .should().dependOnClassesThat(inAnyModule("jms-events", "security-realm", "ejb-routing", "web-admin")));
  }

  @Test
  void jmsEventsDependsOnNothingOfOurs() {
    check(noClasses().that(inModule("jms-events"))
        .should().dependOnClassesThat(inAnyModule("db-migrations", "security-realm", "ejb-routing", "web-admin")));
  }

  @Test
  void securityRealmDependsOnNothingOfOurs() {
    check(noClasses().that(inModule("security-realm"))
        .should().dependOnClassesThat(inAnyModule("db-migrations", "jms-events", "ejb-routing", "web-admin")));
  }

  @Test
  void ejbRoutingNeverReachesUpIntoTheWebTier() {
    check(noClasses().that(inModule("ejb-routing"))
        .should().dependOnClassesThat(inAnyModule("web-admin", "db-migrations")));
  }

  @Test
  void webAdminUsesOnlyTheApiPackagesOfEjbRouting() {
    check(noClasses().that(inModule("web-admin"))
        .should().dependOnClassesThat(inModule("ejb-routing").and(
            DescribedPredicate.describe("outside an api package",
                javaClass -> !javaClass.getPackageName().matches("org\\.confidant\\.\\w+\\.api(\\..*)?")))));
  }

  @Test
  void domainPackagesHaveNoContainerTypes() {
    check(noClasses().that().resideInAPackage("org.confidant..domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "jakarta.ejb..", "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.jms..", "jakarta.faces..",
            "jakarta.enterprise..", "jakarta.servlet..", "org.hibernate.."));
  }
}
