package th.km.persistence.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import th.km.persistence.PersistenceException;

/**
 * Writes a table to a stream or a file in one of the {@link TableFormat}s. A file is written whole
 * or not at all: to a hidden temporary file beside it, then renamed over it.
 */
public final class TableFiles {

  private TableFiles() {}

  /** Writes the table in the format to the stream, which it leaves open. */
  public static void write(Table table, TableFormat format, TableLanguage language, OutputStream out)
      throws IOException {
    switch (format) {
      case XLSX -> XlsxTableWriter.write(table, language, out);
      case CSV -> CsvTableWriter.write(table, language, out);
    }
  }

  /**
   * Writes the table to the file, replacing it only once the whole table is written.
   *
   * @throws PersistenceException when the file cannot be written; the file is then as it was
   */
  public static void write(Table table, TableFormat format, TableLanguage language, Path file) {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        write(table, format, language, out);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } catch (IOException e) {
      throw new PersistenceException(
          "เขียนไฟล์ " + file + " ไม่ได้: " + e.getMessage() + " / cannot write file " + file + ": " + e.getMessage(),
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

  /** The file name a download of the table gets: {@code ban-waen-2569-trainings.xlsx}. */
  public static String fileName(YearInput year, TableName name, TableFormat format) {
    return year.plan().organization().code().value()
        + "-"
        + year.plan().fiscalYear().buddhistYear()
        + "-"
        + name.slug()
        + "."
        + format.extension();
  }
}
