package th.km.core.textimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import th.km.core.plan.KmPlan;

/** The plan texts the import tests read, from the test classpath. */
final class Fixtures {

  /** The reference plan: Ban Waen subdistrict municipality, FY B.E. 2569 (copy of the seed). */
  static final String BAN_WAEN = "ban-waen-2569.txt";

  /** A subdistrict administrative organization's plan, FY B.E. 2570, Arabic digits. */
  static final String NONG_BUA = "nong-bua-2570.txt";

  /** A damaged plan: no announcement, stray lines, unreadable period, short and unnumbered rows. */
  static final String DAMAGED = "damaged.txt";

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportResult importFixture(String name) {
    return PlanTextImporter.importText(text(name), ImportOptions.defaults());
  }

  static KmPlan plan(String name) {
    return importFixture(name).plan().orElseThrow();
  }

  /** The 1-based line of a text. */
  static String line(String text, int number) {
    return text.split("\n", -1)[number - 1];
  }
}
