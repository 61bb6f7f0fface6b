package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.planfile.PlanFiles;
import th.km.persistence.planfile.PlanJson;

/** {@code -o} through import-text, the command that has it: every kind of output a user may name. */
class OutputFileTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run km(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path seed(Path dir) throws IOException {
    try (InputStream in =
        OutputFileTest.class.getResourceAsStream("/th/km/core/textimport/ban-waen-2569.txt")) {
      Path file = dir.resolve("plan.txt");
      Files.write(file, Objects.requireNonNull(in).readAllBytes());
      return file;
    }
  }

  @Test
  void aDashWritesThePlanToStandardOutputAndTheSummaryToStderr(@TempDir Path dir) throws IOException {
    Path text = seed(dir);
    Run run = km("import-text", text.toString(), "-o", "-");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("เทศบาลตำบลบ้านแหวน", PlanJson.read(run.out(), "stdout").organization().fullName());
    assertTrue(run.err().contains("stdout: เทศบาลตำบลบ้านแหวน"), run.err());
    assertFalse(Files.exists(Path.of("-")), "no file named -");
  }

  @Test
  void devFullIsWrittenThroughAndItsFailureSaid(@TempDir Path dir) throws IOException {
    Path text = seed(dir);
    Run run = km("import-text", text.toString(), "-o", "/dev/full");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot write the output to /dev/full: No space left on device"), run.err());
    assertTrue(run.err().contains("เขียนผลลัพธ์ลง /dev/full ไม่ได้: ที่เก็บข้อมูลเต็ม"), run.err());
    assertTrue(Files.isRegularFile(text));
    assertFalse(Files.isRegularFile(Path.of("/dev/full")), "/dev/full is still a device");
  }

  @Test
  void aSymbolicLinkHasItsTargetWritten(@TempDir Path dir) throws IOException {
    Path text = seed(dir);
    Files.createDirectories(dir.resolve("plans"));
    Path target = dir.resolve("plans/plan-2569.json");
    Files.writeString(target, "old", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("current.json"), Path.of("plans/plan-2569.json"));
    Run run = km("import-text", text.toString(), "-o", link.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals("เทศบาลตำบลบ้านแหวน", PlanFiles.read(target).organization().fullName());
  }

  @Test
  void aFifoIsWrittenThroughNotReplaced(@TempDir Path dir) throws Exception {
    Path text = seed(dir);
    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Run run = km("import-text", text.toString(), "-o", fifo.toString());
    assertEquals(0, run.exitCode(), run.err());
    String read = reader.get(60, TimeUnit.SECONDS);
    assertTrue(read.contains("\"km-plan\""), read);
    assertFalse(Files.isRegularFile(fifo), "the FIFO was not replaced by a file");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNamesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path text = seed(dir);
    Path folder = Files.createDirectories(dir.resolve("locked"));
    Path json = folder.resolve("plan.json");
    Files.writeString(json, "old", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(folder), "root can write into a read-only folder");
      Run run = km("import-text", text.toString(), "-o", json.toString());
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("cannot write the output to " + json + ": permission denied"), run.err());
      assertTrue(run.err().contains("ไม่มีสิทธิ์เขียน"), run.err());
      assertFalse(run.err().contains(".tmp"), run.err());
      assertEquals("old", Files.readString(json, StandardCharsets.UTF_8));
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aMissingFolderIsNamed(@TempDir Path dir) throws IOException {
    Run run = km("import-text", seed(dir).toString(), "-o", dir.resolve("none/plan.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("the folder " + dir.resolve("none") + " does not exist"), run.err());
    assertTrue(run.err().contains("ไม่มีโฟลเดอร์"), run.err());
  }
}
