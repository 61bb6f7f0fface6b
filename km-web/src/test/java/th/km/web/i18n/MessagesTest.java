package th.km.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final Messages MESSAGES = Messages.load();

  /** A message key as the code writes it: "section.name" in double quotes. */
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:app|nav|header|login|error|plan|committees|knowledgeMap|scopes|actionPlan|accounts|overview|result|monitoring|indicator|publicPage|trainings|reportStatus|assets|findings|record)\\.[A-Za-z]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertEquals(MESSAGES.keys(Language.TH), MESSAGES.keys(Language.EN));
  }

  @Test
  void eachBundleHasTheSameKeysInBothLanguages() {
    for (String bundle : Messages.BUNDLES) {
      assertEquals(
          Messages.bundleKeys(bundle, Language.TH), Messages.bundleKeys(bundle, Language.EN), bundle);
    }
  }

  @Test
  void aKeyWrittenTwiceInTwoBundlesOrInOneIsRefusedByName() {
    IllegalStateException across =
        assertThrows(
            IllegalStateException.class,
            () -> Messages.load(List.of("twice-first", "twice-second")));
    IllegalStateException within =
        assertThrows(IllegalStateException.class, () -> Messages.load(List.of("twice-within")));

    assertTrue(
        across.getMessage().contains("'greeting'")
            && across.getMessage().contains("twice-first_th.properties")
            && across.getMessage().contains("twice-second_th.properties"),
        across.getMessage());
    assertTrue(
        within.getMessage().contains("'farewell'")
            && within.getMessage().contains("twice-within_th.properties"),
        within.getMessage());
    assertEquals("a", Messages.load(List.of("twice-first")).get(Language.EN, "greeting"));
  }

  @Test
  void everyKeyTheCodeAndTemplatesUseExists() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/jte"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            if (!m.group(1).endsWith(".jte")) {
              used.add(m.group(1));
            }
          }
        }
      }
    }
    assertTrue(used.size() > 40, "found only " + used);
    List<String> missing = new ArrayList<>();
    for (String key : used) {
      if (!MESSAGES.has(key)) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing, "keys used but not in the bundles");
  }

  @Test
  void argumentsAndQuotesAreFilledIn() {
    assertEquals(
        "ไม่พบองค์กรรหัส 'x-org'", MESSAGES.get(Language.TH, "error.organizationNotFound", "x-org"));
    assertEquals("There is no organization with the code 'x-org'", MESSAGES.get(Language.EN, "error.organizationNotFound", "x-org"));
  }

  @Test
  void yearsAreNotGroupedLikeAmounts() {
    assertEquals(
        "Organization 'x' has no KM plan for fiscal year B.E. 2570",
        MESSAGES.get(Language.EN, "error.planNotFound", "x", 2570));
  }

  @Test
  void datesAreInTheBuddhistEraInBothLanguages() {
    LocalDate d = LocalDate.of(2025, 10, 1);
    assertEquals("1 ตุลาคม พ.ศ. 2568", Dates.format(d, Language.TH));
    assertEquals("1 October B.E. 2568", Dates.format(d, Language.EN));
  }
}
