package th.km.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps km-core pure: no I/O, no clock reads, no infrastructure libraries. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("th.km.core");

  @Test
  void coreDoesNoIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..", "java.nio..", "java.net..", "java.sql..", "javax.sql..", "java.util.logging..")
        .because("km-core is the pure domain; files, network and databases belong to adapters")
        .check(CORE);
  }

  @Test
  void coreDoesNotReadTheClockOrTheEnvironment() {
    noClasses()
        .should()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .callMethod(System.class, "getProperty", String.class)
        .because("time comes in as an explicit as-of date or a Clock, settings as arguments")
        .check(CORE);
  }

  @Test
  void coreUsesNoInfrastructureLibraries() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..", "com.fasterxml.jackson..", "io.javalin..", "picocli..", "org.slf4j..")
        .check(CORE);
  }
}
