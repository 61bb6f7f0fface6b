package th.km.persistence.knowledge;

import th.km.core.knowledge.AttachmentInfo;

/**
 * An attached file with its bytes, as a download sends it.
 *
 * @param info what is known of it
 * @param bytes its content
 */
public record StoredAttachment(AttachmentInfo info, byte[] bytes) {}
