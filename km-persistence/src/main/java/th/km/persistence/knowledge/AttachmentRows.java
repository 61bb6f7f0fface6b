package th.km.persistence.knowledge;

import static th.km.persistence.jooq.Tables.KNOWLEDGE_ATTACHMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.AttachmentType;

/** Maps the files attached to assets to rows, their bytes in the row, and back. */
final class AttachmentRows {

  private AttachmentRows() {}

  /** Stores the file and returns what is known of it. */
  static AttachmentInfo insert(
      DSLContext tx,
      long organization,
      FiscalYear year,
      String assetId,
      String fileName,
      AttachmentType type,
      byte[] bytes,
      String sha256,
      String by,
      Instant at) {
    long id =
        tx.insertInto(KNOWLEDGE_ATTACHMENT)
            .set(KNOWLEDGE_ATTACHMENT.ORGANIZATION_ID, organization)
            .set(KNOWLEDGE_ATTACHMENT.FISCAL_YEAR, year.buddhistYear())
            .set(KNOWLEDGE_ATTACHMENT.ASSET_ID, assetId)
            .set(KNOWLEDGE_ATTACHMENT.FILE_NAME, fileName)
            .set(KNOWLEDGE_ATTACHMENT.ATTACHMENT_TYPE, type.name())
            .set(KNOWLEDGE_ATTACHMENT.BYTE_SIZE, (long) bytes.length)
            .set(KNOWLEDGE_ATTACHMENT.SHA256, sha256)
            .set(KNOWLEDGE_ATTACHMENT.CONTENT, bytes)
            .set(KNOWLEDGE_ATTACHMENT.UPLOADED_BY, by)
            .set(KNOWLEDGE_ATTACHMENT.UPLOADED_AT, ContentRows.timestamp(at))
            .returning(KNOWLEDGE_ATTACHMENT.ID)
            .fetchSingle(KNOWLEDGE_ATTACHMENT.ID);
    return new AttachmentInfo(id, assetId, fileName, type, bytes.length, sha256, by, at);
  }

  /** The files of the asset, in the order they were attached, without their bytes. */
  static List<AttachmentInfo> of(DSLContext tx, long organization, FiscalYear year, String assetId) {
    return tx.select(infoFields())
        .from(KNOWLEDGE_ATTACHMENT)
        .where(asset(organization, year, assetId))
        .orderBy(KNOWLEDGE_ATTACHMENT.ID)
        .fetch(AttachmentRows::info);
  }

  /** The file with its bytes, if the asset has one of the id. */
  static Optional<StoredAttachment> read(
      DSLContext tx, long organization, FiscalYear year, String assetId, long id) {
    return tx.select(infoFields())
        .select(KNOWLEDGE_ATTACHMENT.CONTENT)
        .from(KNOWLEDGE_ATTACHMENT)
        .where(asset(organization, year, assetId))
        .and(KNOWLEDGE_ATTACHMENT.ID.eq(id))
        .fetchOptional(r -> new StoredAttachment(info(r), r.get(KNOWLEDGE_ATTACHMENT.CONTENT)));
  }

  /** What is known of the asset's file of the id, if it has one. */
  static Optional<AttachmentInfo> find(
      DSLContext tx, long organization, FiscalYear year, String assetId, long id) {
    return tx.select(infoFields())
        .from(KNOWLEDGE_ATTACHMENT)
        .where(asset(organization, year, assetId))
        .and(KNOWLEDGE_ATTACHMENT.ID.eq(id))
        .fetchOptional(AttachmentRows::info);
  }

  static void delete(DSLContext tx, long organization, long id) {
    tx.deleteFrom(KNOWLEDGE_ATTACHMENT)
        .where(KNOWLEDGE_ATTACHMENT.ORGANIZATION_ID.eq(organization))
        .and(KNOWLEDGE_ATTACHMENT.ID.eq(id))
        .execute();
  }

  private static List<org.jooq.Field<?>> infoFields() {
    return List.of(
        KNOWLEDGE_ATTACHMENT.ID,
        KNOWLEDGE_ATTACHMENT.ASSET_ID,
        KNOWLEDGE_ATTACHMENT.FILE_NAME,
        KNOWLEDGE_ATTACHMENT.ATTACHMENT_TYPE,
        KNOWLEDGE_ATTACHMENT.BYTE_SIZE,
        KNOWLEDGE_ATTACHMENT.SHA256,
        KNOWLEDGE_ATTACHMENT.UPLOADED_BY,
        KNOWLEDGE_ATTACHMENT.UPLOADED_AT);
  }

  private static AttachmentInfo info(Record r) {
    return new AttachmentInfo(
        r.get(KNOWLEDGE_ATTACHMENT.ID),
        r.get(KNOWLEDGE_ATTACHMENT.ASSET_ID),
        r.get(KNOWLEDGE_ATTACHMENT.FILE_NAME),
        AttachmentType.valueOf(r.get(KNOWLEDGE_ATTACHMENT.ATTACHMENT_TYPE)),
        r.get(KNOWLEDGE_ATTACHMENT.BYTE_SIZE),
        r.get(KNOWLEDGE_ATTACHMENT.SHA256),
        r.get(KNOWLEDGE_ATTACHMENT.UPLOADED_BY),
        r.get(KNOWLEDGE_ATTACHMENT.UPLOADED_AT).toInstant());
  }

  private static Condition asset(long organization, FiscalYear year, String assetId) {
    return KNOWLEDGE_ATTACHMENT
        .ORGANIZATION_ID
        .eq(organization)
        .and(KNOWLEDGE_ATTACHMENT.FISCAL_YEAR.eq(year.buddhistYear()))
        .and(KNOWLEDGE_ATTACHMENT.ASSET_ID.eq(assetId));
  }
}
