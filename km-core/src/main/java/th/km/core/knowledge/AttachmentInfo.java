package th.km.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;

/**
 * What is known of a file attached to a knowledge asset, without its bytes.
 *
 * @param id the attachment's number, unique in the database
 * @param assetId the record id of the knowledge asset it belongs to
 * @param fileName the name it was uploaded with, for the download
 * @param type what its bytes are, as sniffed; never taken from the name
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 * @param uploadedBy the account that uploaded it
 * @param uploadedAt when
 */
public record AttachmentInfo(
    long id,
    String assetId,
    String fileName,
    AttachmentType type,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  public AttachmentInfo {
    checkArgument(id > 0, "an attachment id is positive, got %s", id);
    checkArgument(!fileName.isBlank(), "attachment %s has a blank file name", id);
    checkArgument(size > 0, "attachment %s (%s) is empty", id, fileName);
    checkArgument(
        sha256.matches("[0-9a-f]{64}"), "attachment %s has a SHA-256 that is not one: %s", id, sha256);
    checkArgument(!uploadedBy.isBlank(), "attachment %s names no uploader", id);
  }
}
