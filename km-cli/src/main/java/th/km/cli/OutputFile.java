package th.km.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Where a command's {@code -o} sends its result, the same way for every command: {@code -} is
 * standard output; a device or a FIFO ({@code /dev/full}, {@code /dev/stdout}, a named pipe) is
 * written through, not replaced; a symbolic link has its target written; a regular file, or a new
 * one, is written atomically (a temporary file in the same folder, forced to disk, then moved over
 * the target), so that a failure half-way leaves the old file whole. Every failure is unusable input
 * with a Thai and an English message that names the output the user gave, never the temporary file.
 */
final class OutputFile {

  /** The {@code -o} value that means standard output. */
  static final String STANDARD_OUTPUT = "-";

  private final String given;

  private OutputFile(String given) {
    this.given = given;
  }

  /** The output an {@code -o} value names. */
  static OutputFile of(String given) {
    if (given.isBlank()) {
      throw new UnusableInputException("-o ต้องระบุไฟล์ หรือ - สำหรับหน้าจอ", "-o needs a file, or - for standard output");
    }
    return new OutputFile(given);
  }

  /** Whether the result goes to standard output, so that a summary must go to stderr instead. */
  boolean isStandardOutput() {
    return given.equals(STANDARD_OUTPUT);
  }

  /** How the output is named in messages: as the user gave it. */
  String name() {
    return isStandardOutput() ? "stdout" : given;
  }

  /**
   * Writes the text as UTF-8.
   *
   * @param stdout the command's standard output, for {@code -}
   */
  void write(String text, PrintWriter stdout) {
    if (isStandardOutput()) {
      stdout.print(text);
      stdout.flush();
      if (stdout.checkError()) {
        throw failed("เขียนออกหน้าจอไม่ได้", "standard output cannot be written");
      }
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path path = Path.of(given);
    Path target = Files.isSymbolicLink(path) ? linkTarget(path) : path;
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      if (Files.isDirectory(target)) {
        throw failed("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "it is a folder, not a file");
      }
      writeThrough(target, bytes);
    } else {
      writeAtomically(target.toAbsolutePath(), bytes);
    }
  }

  private Path linkTarget(Path link) {
    try {
      return Files.exists(link) ? link.toRealPath() : link.resolveSibling(Files.readSymbolicLink(link));
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** A device or a pipe: written as it is, since it cannot be replaced by a file. */
  private void writeThrough(Path target, byte[] bytes) {
    try (OutputStream out =
        Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private void writeAtomically(Path target, byte[] bytes) {
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw failed("ไม่มีโฟลเดอร์ " + folder, "the folder " + folder + " does not exist");
    }
    Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
        out.write(bytes);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      UnusableInputException failure = failed(e);
      throw new UnusableInputException(
          failure.messageTh() + " ไฟล์เดิม (ถ้ามี) ไม่ถูกเปลี่ยน",
          failure.getMessage() + "; an earlier file, if any, is unchanged",
          e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The write has failed already and says so; a stray hidden file is the lesser harm.
        }
      }
    }
  }

  /** The failure in words that name the output as given, never a temporary file. */
  private UnusableInputException failed(IOException e) {
    if (e instanceof AccessDeniedException) {
      return failed("ไม่มีสิทธิ์เขียน", "permission denied");
    }
    if (e instanceof NoSuchFileException) {
      return failed("ไม่มีโฟลเดอร์หรือไฟล์นี้", "no such folder or file");
    }
    String reason =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : String.valueOf(e.getMessage());
    if (reason.contains("No space left")) {
      return failed("ที่เก็บข้อมูลเต็ม (" + reason + ")", reason);
    }
    return failed("ระบบแจ้งว่า " + reason, reason);
  }

  private UnusableInputException failed(String reasonTh, String reasonEn) {
    return new UnusableInputException(
        "เขียนผลลัพธ์ลง " + name() + " ไม่ได้: " + reasonTh,
        "cannot write the output to " + name() + ": " + reasonEn);
  }
}
