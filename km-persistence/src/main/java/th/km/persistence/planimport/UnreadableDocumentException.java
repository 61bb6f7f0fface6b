package th.km.persistence.planimport;

/**
 * A document no plan can be read from (not a PDF, DOCX or text file, a scanned PDF, a damaged or
 * too large file), with a message in Thai and in English that names the file.
 */
public final class UnreadableDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageTh;

  public UnreadableDocumentException(String messageTh, String messageEn) {
    super(messageEn);
    this.messageTh = messageTh;
  }

  public UnreadableDocumentException(String messageTh, String messageEn, Throwable cause) {
    super(messageEn, cause);
    this.messageTh = messageTh;
  }

  /** The message in Thai; {@link #getMessage()} is the English one. */
  public String messageTh() {
    return messageTh;
  }
}
