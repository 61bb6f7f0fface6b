package th.km.persistence.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import th.km.persistence.PersistenceException;

/** Runs a renderer's program in a scratch folder with a time limit, and cleans the folder up. */
final class ExternalProgram {

  private static final long TIMEOUT_SECONDS = 180;

  private ExternalProgram() {}

  /** A new scratch folder; {@link #delete} removes it. */
  static Path scratch(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new PersistenceException(
          "สร้างโฟลเดอร์ชั่วคราวไม่ได้ / cannot create a scratch folder: " + e.getMessage(), e);
    }
  }

  /** Runs the command in the folder; its output goes to a log file there, shown when it fails. */
  static void run(List<String> command, Path dir) {
    Path log = dir.resolve("program.log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new PersistenceException(
            command.get(0) + " ไม่เสร็จภายใน " + TIMEOUT_SECONDS + " วินาที / " + command.get(0)
                + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new PersistenceException(
            command.get(0) + " ทำงานไม่สำเร็จ / " + command.get(0) + " failed (exit "
                + process.exitValue() + "): " + tail(log));
      }
    } catch (IOException e) {
      throw new PersistenceException(
          "เรียก " + command.get(0) + " ไม่ได้ / cannot run " + command.get(0) + ": " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PersistenceException("ถูกขัดจังหวะ / interrupted while printing", e);
    }
  }

  /** The bytes of a file the program was to write, or a failure naming it. */
  static byte[] output(Path file, Path dir) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        throw new PersistenceException(
            "ไม่ได้ไฟล์ PDF / no PDF was written (" + file.getFileName() + "): "
                + tail(dir.resolve("program.log")));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PersistenceException("อ่าน PDF ไม่ได้ / cannot read the PDF: " + e.getMessage(), e);
    }
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new PersistenceException("เขียนไฟล์ไม่ได้ / cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A scratch folder left behind in the temporary directory harms nothing.
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > 800 ? text.substring(text.length() - 800) : text;
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
