package th.km.persistence.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jooq.DSLContext;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.NumberedRecord;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.WriteResult;
import th.km.core.knowledge.AttachmentInfo;
import th.km.core.knowledge.AttachmentSniffer;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.PublicationChannel;

/**
 * The knowledge base in the database. Every write is one transaction that first locks the
 * organization's row (as every record write does), keeps the asset's record of the year in line
 * through the record-write path ({@link AssetRecords}), adds its audit entry, and after the commit
 * tells the {@link KnowledgeListener}s. Whether the account may make the write is the caller's to
 * check ({@link th.km.core.knowledge.KnowledgeWorkflow}); the store checks that the write fits what
 * is stored: the version the writer saw is still the latest, a move starts from the version's state.
 *
 * <p>Made by {@code Database#knowledgeStore}; make one per server and register listeners on it.
 */
public final class KnowledgeStore {

  /** The day of a write is the day in Thailand, where the organizations are. */
  private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  private final Transactions transactions;
  private final Clock clock;
  private final Function<DSLContext, RecordCommands> records;
  private final List<KnowledgeListener> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param dsl the database
   * @param clock stamps versions, moves and uploads
   * @param records the record-write path inside a transaction of the database
   */
  public KnowledgeStore(DSLContext dsl, Clock clock, Function<DSLContext, RecordCommands> records) {
    this.transactions = new Transactions(dsl);
    this.clock = clock;
    this.records = records;
  }

  /** Tells the listener of every committed write from now on. */
  public void addListener(KnowledgeListener listener) {
    listeners.add(listener);
  }

  /** Creates an asset in the year's records with the draft as its first version. */
  public KnowledgeWrite create(
      OrganizationCode organization, FiscalYear year, KnowledgeDraft draft, Actor by) {
    Instant at = now();
    RecordBook book = RecordBook.of(organization, year);
    return transactions.write(listeners,
        book,
        (tx, org) -> {
          NumberedRecord.Added added =
              AssetRecords.add(records.apply(tx), book, draft, LocalDate.ofInstant(at, THAILAND), by);
          if (added.result() instanceof WriteResult.Rejected r) {
            return new KnowledgeWrite.Refused(r.reasons());
          }
          KnowledgeContent first = draft.asVersion(year, added.record().id(), 1, by.name(), at);
          ContentRows.insert(tx, org, first);
          KnowledgeAudit.content(tx, org, at, by, "knowledge.create", null, first);
          return new KnowledgeWrite.Saved(first);
        });
  }

  /**
   * Saves the draft as the asset's next version, a draft again; {@code seen} is the version the
   * writer read, refused as stale when another was saved since.
   */
  public KnowledgeWrite save(
      OrganizationCode organization, FiscalYear year, String assetId, int seen, KnowledgeDraft draft, Actor by) {
    Instant at = now();
    RecordBook book = RecordBook.of(organization, year);
    return transactions.write(listeners,
        book,
        (tx, org) -> {
          Optional<KnowledgeContent> latest = last(ContentRows.versions(tx, org, year, assetId));
          if (latest.isEmpty()) {
            return missing(book, assetId);
          }
          if (latest.get().version() != seen) {
            return new KnowledgeWrite.Stale(seen, latest.get());
          }
          Optional<KnowledgeWrite> imageRefused = checkImage(tx, org, year, assetId, draft);
          if (imageRefused.isPresent()) {
            return imageRefused.get();
          }
          KnowledgeContent next = draft.asVersion(year, assetId, seen + 1, by.name(), at);
          if (AssetRecords.follow(records.apply(tx), book, next, by) instanceof WriteResult.Rejected r) {
            return new KnowledgeWrite.Refused(r.reasons());
          }
          ContentRows.insert(tx, org, next);
          KnowledgeAudit.content(tx, org, at, by, "knowledge.save", latest.get(), next);
          return new KnowledgeWrite.Saved(next);
        });
  }

  /**
   * Moves the asset's latest version, which must be {@code version}, through the workflow. A
   * review dates the asset's record; a publication adds the channels (at least one) on the day.
   */
  public KnowledgeWrite move(
      OrganizationCode organization,
      FiscalYear year,
      String assetId,
      int version,
      Transition move,
      Set<PublicationChannel> channels,
      Actor by) {
    Instant at = now();
    LocalDate day = LocalDate.ofInstant(at, THAILAND);
    RecordBook book = RecordBook.of(organization, year);
    return transactions.write(listeners,
        book,
        (tx, org) -> {
          Optional<KnowledgeContent> latest = last(ContentRows.versions(tx, org, year, assetId));
          if (latest.isEmpty()) {
            return missing(book, assetId);
          }
          KnowledgeContent current = latest.get();
          if (current.version() != version) {
            return new KnowledgeWrite.Stale(version, current);
          }
          if (!move.startsFrom(current.state())) {
            return KnowledgeWrite.Refused.because(
                "ฉบับที่ " + version + " ของ " + assetId + " อยู่ในสถานะ" + current.state().thaiName()
                    + " จึง" + move.thaiName() + "ไม่ได้",
                "version " + version + " of " + assetId + " is " + current.state().englishName()
                    + ", so it cannot be moved: " + move.englishName());
          }
          if (move == Transition.PUBLISH && channels.isEmpty()) {
            return KnowledgeWrite.Refused.because(
                "เลือกช่องทางการเผยแพร่อย่างน้อยหนึ่งช่องทาง",
                "choose at least one publication channel");
          }
          RecordCommands commands = records.apply(tx);
          WriteResult record =
              switch (move) {
                case REVIEW -> AssetRecords.reviewed(commands, book, assetId, day, by);
                case PUBLISH -> AssetRecords.published(commands, book, assetId, channels, day, by);
                case APPROVE, RETURN_TO_DRAFT -> new WriteResult.Saved(0, List.of());
              };
          if (record instanceof WriteResult.Rejected r) {
            throw new Transactions.Abort(new KnowledgeWrite.Refused(r.reasons()));
          }
          ContentRows.move(tx, org, current, move.to(), by.name(), at);
          KnowledgeContent moved = KnowledgeContent.copyOf(current).withState(move.to());
          KnowledgeAudit.content(
              tx, org, at, by, "knowledge." + move.name().toLowerCase(Locale.ROOT), current, moved);
          return new KnowledgeWrite.Saved(moved);
        });
  }

  /** The outcome of an upload: the file as stored, or why it was refused. */
  public sealed interface Attached {
    record Stored(AttachmentInfo info) implements Attached {}

    record Refused(KnowledgeWrite.Refused why) implements Attached {}
  }

  /** Attaches the file to the asset after sniffing its bytes; a file of another kind is refused. */
  public Attached attach(
      OrganizationCode organization, FiscalYear year, String assetId, String fileName, byte[] bytes, Actor by) {
    Instant at = now();
    RecordBook book = RecordBook.of(organization, year);
    return switch (AttachmentSniffer.sniff(fileName, bytes)) {
      case AttachmentSniffer.Sniffed.Refused r ->
          new Attached.Refused(new KnowledgeWrite.Refused(List.of(r.reason())));
      case AttachmentSniffer.Sniffed.Accepted a -> {
        Object[] stored = new Object[1];
        KnowledgeWrite w =
            transactions.write(listeners,
                book,
                (tx, org) -> {
                  Optional<KnowledgeContent> latest = last(ContentRows.versions(tx, org, year, assetId));
                  if (latest.isEmpty()) {
                    return missing(book, assetId);
                  }
                  AttachmentInfo info =
                      AttachmentRows.insert(
                          tx, org, year, assetId, fileName, a.type(), bytes, sha256(bytes), by.name(), at);
                  KnowledgeAudit.attachment(
                      tx, org, at, by, "knowledge.attach", KnowledgeAudit.id(latest.get()), info, false);
                  stored[0] = info;
                  return new KnowledgeWrite.Saved(latest.get());
                });
        yield w instanceof KnowledgeWrite.Refused r
            ? new Attached.Refused(r)
            : new Attached.Stored((AttachmentInfo) stored[0]);
      }
    };
  }

  /**
   * Removes the asset's file; refused while the latest version shows it as its flowchart. The
   * result carries the latest version.
   */
  public KnowledgeWrite detach(
      OrganizationCode organization, FiscalYear year, String assetId, long attachmentId, Actor by) {
    Instant at = now();
    RecordBook book = RecordBook.of(organization, year);
    return transactions.write(listeners,
        book,
        (tx, org) -> {
          Optional<KnowledgeContent> latest = last(ContentRows.versions(tx, org, year, assetId));
          Optional<AttachmentInfo> file = AttachmentRows.find(tx, org, year, assetId, attachmentId);
          if (latest.isEmpty() || file.isEmpty()) {
            return KnowledgeWrite.Refused.because(
                "ไม่พบไฟล์แนบหมายเลข " + attachmentId + " ขององค์ความรู้ " + assetId,
                "no attachment " + attachmentId + " of knowledge asset " + assetId);
          }
          if (latest.get().flowchartImage().equals(Optional.of(attachmentId))) {
            return KnowledgeWrite.Refused.because(
                "ไฟล์ \"" + file.get().fileName() + "\" เป็นแผนผังขั้นตอนของฉบับล่าสุด ลบไม่ได้",
                "the file \"" + file.get().fileName() + "\" is the latest version's flowchart; it cannot be removed");
          }
          AttachmentRows.delete(tx, org, attachmentId);
          KnowledgeAudit.attachment(
              tx, org, at, by, "knowledge.detach", KnowledgeAudit.id(latest.get()), file.get(), true);
          return new KnowledgeWrite.Saved(latest.get());
        });
  }

  /** The asset's latest version, whatever its state. */
  public Optional<KnowledgeContent> latest(OrganizationCode organization, FiscalYear year, String assetId) {
    return last(versions(organization, year, assetId));
  }

  /** The asset's latest approved or published version: what readers without edit rights see. */
  public Optional<KnowledgeContent> latestReadable(
      OrganizationCode organization, FiscalYear year, String assetId) {
    return last(versions(organization, year, assetId).stream().filter(c -> c.state().readable()).toList());
  }

  /** Every version of the asset, oldest first; empty when there is no such asset. */
  public List<KnowledgeContent> versions(OrganizationCode organization, FiscalYear year, String assetId) {
    return transactions.read(organization, (tx, org) -> ContentRows.versions(tx, org, year, assetId), List.of());
  }

  /** The moves of the asset's versions through the workflow, oldest first. */
  public List<StateChange> history(OrganizationCode organization, FiscalYear year, String assetId) {
    return transactions.read(organization, (tx, org) -> ContentRows.changes(tx, org, year, assetId), List.of());
  }

  /**
   * The organization's assets the filter lets through, each as one version (see {@link
   * KnowledgeFilter}), by year and id.
   */
  public List<KnowledgeContent> list(OrganizationCode organization, KnowledgeFilter filter) {
    List<KnowledgeContent> all =
        transactions.read(organization, (tx, org) -> ContentRows.all(tx, org, filter.fiscalYear()), List.of());
    Map<String, KnowledgeContent> shown = new LinkedHashMap<>();
    for (KnowledgeContent c : all) {
      if (!filter.readableOnly() || c.state().readable()) {
        shown.put(KnowledgeAudit.id(c), c);
      }
    }
    List<KnowledgeContent> out = new ArrayList<>();
    for (KnowledgeContent c : shown.values()) {
      if (filter.matches(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The asset's files, in the order they were attached, without their bytes. */
  public List<AttachmentInfo> attachments(OrganizationCode organization, FiscalYear year, String assetId) {
    return transactions.read(organization, (tx, org) -> AttachmentRows.of(tx, org, year, assetId), List.of());
  }

  /** The asset's file of the id with its bytes, if it has one. */
  public Optional<StoredAttachment> attachment(
      OrganizationCode organization, FiscalYear year, String assetId, long attachmentId) {
    return transactions.read(
        organization, (tx, org) -> AttachmentRows.read(tx, org, year, assetId, attachmentId), Optional.empty());
  }

  private Optional<KnowledgeWrite> checkImage(
      DSLContext tx, long org, FiscalYear year, String assetId, KnowledgeDraft draft) {
    if (draft.flowchartImage().isEmpty()) {
      return Optional.empty();
    }
    long id = draft.flowchartImage().get();
    Optional<AttachmentInfo> file = AttachmentRows.find(tx, org, year, assetId, id);
    if (file.isPresent() && file.get().type().image()) {
      return Optional.empty();
    }
    return Optional.of(
        KnowledgeWrite.Refused.because(
            "แผนผังขั้นตอนต้องเป็นรูปภาพที่แนบกับองค์ความรู้นี้ (ไฟล์แนบหมายเลข " + id + " ไม่ใช่)",
            "the flowchart must be a picture attached to this asset (attachment " + id + " is not)"));
  }

  private static KnowledgeWrite missing(RecordBook book, String assetId) {
    return KnowledgeWrite.Refused.because(
        "ไม่พบองค์ความรู้ " + assetId + " ในคลังความรู้ของ " + book.thai(),
        "no knowledge asset " + assetId + " in the knowledge base of " + book.english());
  }

  private static <T> Optional<T> last(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
