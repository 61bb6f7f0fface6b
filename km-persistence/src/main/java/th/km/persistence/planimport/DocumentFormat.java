package th.km.persistence.planimport;

/** The kind of document a plan came in, as told by its content (never by its file name). */
public enum DocumentFormat {
  /** A PDF with a text layer, read from the positions of its glyphs. */
  PDF,
  /** A Word document (Office Open XML). */
  DOCX,
  /** Plain text: UTF-8 with or without a byte order mark, or TIS-620 / Windows-874. */
  TEXT
}
