package th.km.persistence.search;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A file attached to a knowledge asset, as the search index receives it: its name and its bytes.
 * What kind of file it is is read from the bytes, not from the name.
 *
 * @param fileName the name it was uploaded under
 * @param content the file's bytes
 */
public record Attachment(String fileName, byte[] content) {

  public Attachment {
    checkArgument(!fileName.isBlank(), "an attachment's file name must not be blank");
  }
}
