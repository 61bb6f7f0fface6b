package th.km.persistence.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.persistence.planfile.PlanJson;

/**
 * The batch's read of a plan version's content from its stored snapshot ({@code plan_snapshot},
 * V53) when there is a usable one, and the store of one after the batch read the version's rows.
 *
 * <p>Why a snapshot is never stale: a plan version's content is written once, with its plan row,
 * and never changed (a later save makes a new version; approving or superseding one changes only
 * the plan row's status, lock and row version, which the batch reads from the row every time), and
 * no plan row is deleted. A snapshot is keyed by its plan row's id, so it holds that version's
 * content for as long as the row exists.
 *
 * <p>The format, numbered {@link #CODEC}: the magic number "KMPJ", the plan as the text of a plan
 * file ({@link PlanJson}, UTF-8; the plan file format reads back into an equal plan), and a CRC-32C
 * of all that. The plan file format was chosen over a binary codec of its own so that km keeps one
 * format of a whole plan; see docs/batch-evaluation.md for its cost. A snapshot is a cache: one of
 * another codec, whose checksum does not match, that does not read back, or that is the plan of
 * another organization or year, is treated as absent, silently. One is stored only when it reads
 * back into a plan equal to the one read from the rows, in a transaction of its own; when storing
 * fails (a database opened read-only, a concurrent batch storing the same one), the batch goes on
 * and stops trying to store.
 */
final class PlanSnapshots {

  /** The format's version, stored beside each snapshot ({@code plan_snapshot.codec}). */
  static final int CODEC = 1;

  /** The first bytes of every snapshot: "KMPJ". */
  private static final int MAGIC = 0x4B4D504A;

  private static final String LOOK_UP =
      "SELECT codec, content FROM plan_snapshot WHERE plan_id = ? AND organization_id = ?";
  private static final String INSERT =
      "INSERT INTO plan_snapshot (plan_id, organization_id, codec, content) VALUES (?, ?, ?, ?)";
  private static final String REPLACE =
      "UPDATE plan_snapshot SET codec = ?, content = ? WHERE plan_id = ? AND organization_id = ?";

  /** What the look-up found of a plan row's snapshot. */
  enum Found {
    /** No snapshot row. */
    NONE,
    /** A row whose snapshot cannot be used: it is replaced. */
    UNUSABLE,
    /** A usable snapshot. */
    USABLE
  }

  private final Connection connection;
  private final PreparedStatement lookUp;
  private boolean storing = true;
  private Found found = Found.NONE;

  /** Reads on the batch's plan connection (not in auto-commit). */
  PlanSnapshots(Connection connection) throws SQLException {
    this.connection = connection;
    this.lookUp = connection.prepareStatement(LOOK_UP);
  }

  /**
   * The content of plan row {@code planId} from its snapshot, none when it has no usable one (then
   * {@link #found} tells whether a row is there to be replaced); read in the caller's transaction.
   */
  @Nullable KmPlan read(long planId, long organizationId, OrganizationCode code, FiscalYear year)
      throws SQLException {
    lookUp.setLong(1, planId);
    lookUp.setLong(2, organizationId);
    byte @Nullable [] content = null;
    found = Found.NONE;
    try (ResultSet r = lookUp.executeQuery()) {
      if (r.next()) {
        found = Found.UNUSABLE;
        if (r.getInt(1) == CODEC) {
          content = r.getBytes(2);
        }
      }
    }
    KmPlan plan = content == null ? null : decoded(content, code, year);
    if (plan != null) {
      found = Found.USABLE;
    }
    return plan;
  }

  /** What the last {@link #read} found. */
  Found found() {
    return found;
  }

  /**
   * Stores the snapshot of {@code plan}, the content of plan row {@code planId} as read from its
   * rows and committed, in a transaction of its own, where the database takes writes; replaces an
   * unusable one. Nothing is stored when the snapshot would not read back into an equal plan.
   */
  void store(long planId, long organizationId, KmPlan plan) {
    if (!storing || found == Found.USABLE) {
      return;
    }
    byte[] content = encode(plan);
    if (!plan.equals(decoded(content, plan.organization().code(), plan.fiscalYear()))) {
      return;
    }
    boolean stored = false;
    try {
      // A connection set read-only (PostgreSQL) refuses writes: this one transaction may write.
      connection.setReadOnly(false);
      if (found == Found.NONE) {
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
          s.setLong(1, planId);
          s.setLong(2, organizationId);
          s.setInt(3, CODEC);
          s.setBytes(4, content);
          s.executeUpdate();
        }
      } else {
        try (PreparedStatement s = connection.prepareStatement(REPLACE)) {
          s.setInt(1, CODEC);
          s.setBytes(2, content);
          s.setLong(3, planId);
          s.setLong(4, organizationId);
          s.executeUpdate();
        }
      }
      connection.commit();
      stored = true;
    } catch (SQLException e) {
      storing = false;
    } finally {
      try {
        if (!stored) {
          connection.rollback();
        }
        connection.setReadOnly(true);
      } catch (SQLException e) {
        storing = false;
      }
    }
  }

  /** The plan's stored form. */
  static byte[] encode(KmPlan plan) {
    byte[] json = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[json.length + 8];
    putInt(content, 0, MAGIC);
    System.arraycopy(json, 0, content, 4, json.length);
    CRC32C crc = new CRC32C();
    crc.update(content, 0, json.length + 4);
    putInt(content, json.length + 4, (int) crc.getValue());
    return content;
  }

  /**
   * The plan stored in {@code content}.
   *
   * @throws IllegalArgumentException when the bytes are not a whole snapshot of this codec (cut
   *     short, corrupted, of another format) or their plan file does not read
   */
  static KmPlan decode(byte[] content) {
    if (content.length < 8) {
      throw new IllegalArgumentException("the plan snapshot is too short");
    }
    int end = content.length - 4;
    CRC32C crc = new CRC32C();
    crc.update(content, 0, end);
    if ((int) crc.getValue() != getInt(content, end)) {
      throw new IllegalArgumentException("the plan snapshot's checksum does not match its content");
    }
    if (getInt(content, 0) != MAGIC) {
      throw new IllegalArgumentException("the plan snapshot is not of codec " + CODEC);
    }
    try {
      return PlanJson.read(
          new String(content, 4, end - 4, StandardCharsets.UTF_8), "plan_snapshot");
    } catch (RuntimeException e) {
      // A plan file km no longer reads (PlanFileException), or a plan core refuses.
      throw new IllegalArgumentException("the plan snapshot's plan does not read back", e);
    }
  }

  private static @Nullable KmPlan decoded(byte[] content, OrganizationCode code, FiscalYear year) {
    try {
      KmPlan plan = decode(content);
      return plan.organization().code().equals(code) && plan.fiscalYear().equals(year)
          ? plan
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  private static int getInt(byte[] bytes, int at) {
    return ((bytes[at] & 0xFF) << 24)
        | ((bytes[at + 1] & 0xFF) << 16)
        | ((bytes[at + 2] & 0xFF) << 8)
        | (bytes[at + 3] & 0xFF);
  }
}
