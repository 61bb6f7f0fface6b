package th.km.persistence.report;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the M&amp;E report, with their media types and file endings. */
public enum ReportFormat {
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format a user names ("docx", "PDF"), if it is one. */
  public static Optional<ReportFormat> named(String name) {
    for (ReportFormat f : values()) {
      if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
