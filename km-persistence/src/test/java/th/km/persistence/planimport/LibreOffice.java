package th.km.persistence.planimport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Converts documents to PDF with Debian's headless LibreOffice, in one process for many files and
 * with a profile of its own (so that it neither meets a running LibreOffice nor leaves settings).
 * Under CI (CI=true) a missing LibreOffice fails the test; elsewhere the test is skipped, saying why.
 */
final class LibreOffice {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  private LibreOffice() {}

  /** Skips the calling test (or fails it under CI) when LibreOffice or the Thai fonts are missing. */
  static void requireInstalled() {
    String missing = null;
    if (!Files.isExecutable(SOFFICE)) {
      missing = SOFFICE + " is missing (apt-get install libreoffice-writer-nogui; ./run-tests does it)";
    } else if (!Files.isDirectory(Path.of("/usr/share/fonts/truetype/tlwg"))
        && !Files.isDirectory(Path.of("/usr/share/fonts/opentype/tlwg"))) {
      missing = "the Thai fonts are missing (apt-get install fonts-thai-tlwg; ./run-tests does it)";
    }
    if (missing != null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and the PDF round trip cannot run: " + missing);
      }
      Assumptions.abort("PDF round trip skipped: " + missing);
    }
  }

  /** Converts each document to a PDF of the same base name in {@code outDir}. */
  static void toPdf(List<Path> documents, Path outDir) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("km-libreoffice-profile");
    List<String> command = new ArrayList<>(List.of(
        SOFFICE.toString(),
        "-env:UserInstallation=" + profile.toUri(),
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir.toString()));
    for (Path d : documents) {
      command.add(d.toString());
    }
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(outDir.resolve("libreoffice.log").toFile())
        .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("LibreOffice did not convert " + documents.size() + " documents in 10 minutes");
    }
    for (Path d : documents) {
      String name = d.getFileName().toString().replaceFirst("\\.[^.]+$", ".pdf");
      if (!Files.exists(outDir.resolve(name))) {
        fail("LibreOffice made no " + name + ": " + Files.readString(outDir.resolve("libreoffice.log")));
      }
    }
  }
}
