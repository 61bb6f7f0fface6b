package th.km.persistence.records;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a crash or a failure half-way leaves the old file or the new one, never a
 * half-written one: the bytes go to a temporary file beside it, are forced to the disk, and the
 * temporary file is renamed over the target.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  static void write(Path file, byte[] bytes) {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      // On POSIX systems an atomic rename replaces an existing target.
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      throw new RecordsFolderException(
          "เขียนไฟล์ " + file + " ไม่ได้: " + e.getMessage(),
          "cannot write file " + file + ": " + e.getMessage(),
          e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The write has failed already and says so; a stray hidden temporary file is the lesser harm.
        }
      }
    }
  }
}
