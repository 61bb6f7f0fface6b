package th.km.persistence.tables;

import java.util.Locale;
import java.util.Optional;

/** The file formats a table is written in, with their media type and file extension. */
public enum TableFormat {
  /** An Excel workbook of one sheet, written by a streaming writer. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens Thai correctly. */
  CSV("text/csv; charset=utf-8");

  private final String mediaType;

  TableFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The value of the Content-Type header of a file of this format. */
  public String mediaType() {
    return mediaType;
  }

  /** The file extension without its dot: {@code xlsx}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of its extension, {@code xlsx} or {@code csv}, if it is one. */
  public static Optional<TableFormat> of(String extension) {
    return switch (extension.strip().toLowerCase(Locale.ROOT)) {
      case "xlsx" -> Optional.of(XLSX);
      case "csv" -> Optional.of(CSV);
      default -> Optional.empty();
    };
  }
}
