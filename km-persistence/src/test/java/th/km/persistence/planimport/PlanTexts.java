package th.km.persistence.planimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan texts of km-core's import tests, read from its test resources by path (the module's
 * folder is the tests' working directory): the seed copy, the second fixture, and every plan of
 * the corpus that exists when the test runs.
 */
final class PlanTexts {

  static final Path TEXT_IMPORT =
      Path.of("..", "km-core", "src", "test", "resources", "th", "km", "core", "textimport");

  private PlanTexts() {}

  /** The plans' files, the two fixtures first, then the corpus by name. */
  static List<Path> all() {
    List<Path> files = new ArrayList<>();
    files.add(TEXT_IMPORT.resolve("ban-waen-2569.txt"));
    files.add(TEXT_IMPORT.resolve("nong-bua-2570.txt"));
    Path corpus = TEXT_IMPORT.resolve("corpus");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> list = Files.list(corpus)) {
        list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's name without its extension. */
  static String baseName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
  }
}
