package th.km.core.knowledge;

/**
 * The kinds of file a knowledge asset may carry, as {@link AttachmentSniffer} tells them apart by
 * their bytes; each with the media type it is served as.
 */
public enum AttachmentType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp");

  private final String mediaType;
  private final String extension;

  AttachmentType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The Content-Type it is served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether a browser shows it as a picture (a flowchart may be one). */
  public boolean image() {
    return this == PNG || this == JPEG || this == GIF || this == WEBP;
  }
}
