package th.km.persistence.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import th.km.core.plan.KmPlan;
import th.km.persistence.PersistenceException;

/**
 * Plan files on disk: UTF-8 text in the format of {@link PlanJson}. Writing is atomic: the new text
 * goes to a temporary file in the same folder, is forced to the disk and then renamed over the old
 * file, so that a crash or a failure half-way leaves either the old plan or the new one, never a
 * half-written file.
 */
public final class PlanFiles {

  private PlanFiles() {}

  /**
   * Reads the plan in the file.
   *
   * @throws PlanFileException when the file is not UTF-8 or not a valid plan file
   * @throws PersistenceException when the file cannot be read at all (missing, no permission)
   */
  public static KmPlan read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PersistenceException(
          "ไม่พบไฟล์แผน " + file + " / plan file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new PersistenceException(
          "อ่านไฟล์แผน " + file + " ไม่ได้ / cannot read plan file " + file + ": " + e, e);
    }
    return PlanJson.read(decode(bytes, file.toString()), file.toString());
  }

  /**
   * Writes the plan to the file, replacing the file atomically if it exists. The folder must exist.
   *
   * @throws PersistenceException when the file cannot be written; the old file is then unchanged
   */
  public static void write(KmPlan plan, Path file) {
    byte[] bytes = PlanJson.write(plan).getBytes(UTF_8);
    writeAtomically(file, out -> out.write(bytes));
  }

  /** Writes content to a stream; may fail half-way. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the content to a temporary file beside the target and renames it over the target. */
  static void writeAtomically(Path file, Content content) {
    Path target = file.toAbsolutePath();
    Path temp =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      // On POSIX systems an atomic rename replaces an existing target.
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      throw new PersistenceException(
          "เขียนไฟล์แผน " + file + " ไม่ได้ / cannot write plan file " + file + ": " + e, e);
    } finally {
      if (!moved) {
        deleteLeftover(temp);
      }
    }
  }

  private static void deleteLeftover(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write has failed already and says so; a stray hidden temporary file is the lesser harm.
    }
  }

  /** The bytes as UTF-8 text; a byte that is not UTF-8 is reported with its line and column. */
  private static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, offset - lineStart, UTF_8).length() + 1;
      throw new PlanFileException(
          source,
          FieldPath.ROOT,
          new PlanFileException.Location(line, column),
          "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (อาจบันทึกเป็น TIS-620 หรือ Windows-874) ให้บันทึกใหม่เป็น"
              + " UTF-8",
          "the file is not UTF-8 text (perhaps TIS-620 or Windows-874); save it again as UTF-8",
          null);
    }
    out.flip();
    return out.toString();
  }
}
