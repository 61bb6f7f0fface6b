package th.km.persistence.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The Thai font the pure-Java renderer embeds: Laksaman, which has the metrics of TH Sarabun New,
 * from Debian's fonts-thai-tlwg where it is installed, else the copy in km's jar (its licence,
 * GPL-2+ with the font exception, lies beside it as {@code fonts/LICENSE.txt}).
 *
 * @param regular the regular face's TrueType bytes
 * @param bold the bold face's TrueType bytes
 * @param source where the faces came from, for a reader of the logs ("fonts-thai-tlwg", "km")
 */
record ThaiFont(byte[] regular, byte[] bold, String source) {

  /** The family name the style sheet's font stack gives for it. */
  static final String FAMILY = "Laksaman";

  private static final Path SYSTEM_FOLDER = Path.of("/usr/share/fonts/truetype/tlwg");

  ThaiFont {
    regular = regular.clone();
    bold = bold.clone();
  }

  @Override
  public byte[] regular() {
    return regular.clone();
  }

  @Override
  public byte[] bold() {
    return bold.clone();
  }

  /** The installed faces if the folder holds both, else the ones in the jar. */
  static ThaiFont find() {
    return find(SYSTEM_FOLDER);
  }

  static ThaiFont find(Path systemFolder) {
    Path regular = systemFolder.resolve("Laksaman.ttf");
    Path bold = systemFolder.resolve("Laksaman-Bold.ttf");
    if (Files.isReadable(regular) && Files.isReadable(bold)) {
      try {
        return new ThaiFont(Files.readAllBytes(regular), Files.readAllBytes(bold), "fonts-thai-tlwg");
      } catch (IOException e) {
        // An unreadable installed font is no reason to fail: the jar has its own copy.
      }
    }
    return bundled();
  }

  /** The faces in km's jar. */
  static ThaiFont bundled() {
    return new ThaiFont(resource("Laksaman.ttf"), resource("Laksaman-Bold.ttf"), "km");
  }

  private static byte[] resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            ThaiFont.class.getResourceAsStream("fonts/" + name), "font missing from the jar: " + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
