package th.km.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The stored snapshots of plan versions' content ({@code plan_snapshot}, V53), which the batch
 * reads ({@link BatchPlanReads}) instead of the version's rows when it has a usable one, and
 * stores after it read the rows of one without.
 *
 * <p>Why a snapshot is never stale: a plan version's content is written once, with its plan row,
 * and never changed (a later save makes a new version; approving or superseding one changes only
 * the plan row's status, lock and row version, which the batch reads from the row every time), and
 * no plan row is deleted. A snapshot is keyed by its plan row's id, so it holds that version's
 * content for as long as the row exists.
 *
 * <p>The content is the rows the plan's mappers read, in {@link PlanRowsCodec}'s format. A
 * snapshot is a cache: one of another codec is never handed out, and one the batch cannot turn
 * into a plan is treated as absent and replaced. Storing one is tried in a transaction of its own;
 * when it fails (a database opened read-only, a concurrent batch storing the same one), the batch
 * goes on and stops trying to store.
 */
final class PlanSnapshots {

  private static final String LOOK_UP =
      "SELECT codec, content FROM plan_snapshot WHERE plan_id = ? AND organization_id = ?";
  private static final String INSERT =
      "INSERT INTO plan_snapshot (plan_id, organization_id, codec, content) VALUES (?, ?, ?, ?)";
  private static final String REPLACE =
      "UPDATE plan_snapshot SET codec = ?, content = ? WHERE plan_id = ? AND organization_id = ?";

  private final Connection connection;
  private final PreparedStatement lookUp;
  private boolean storing = true;
  private boolean present;

  /** Reads on the batch's plan connection (not in auto-commit). */
  PlanSnapshots(Connection connection) throws SQLException {
    this.connection = connection;
    this.lookUp = connection.prepareStatement(LOOK_UP);
  }

  /**
   * The content of plan row {@code planId}'s snapshot when it is of km's codec, none otherwise;
   * read in the caller's transaction.
   */
  byte @Nullable [] content(long planId, long organizationId) throws SQLException {
    lookUp.setLong(1, planId);
    lookUp.setLong(2, organizationId);
    present = false;
    try (ResultSet r = lookUp.executeQuery()) {
      if (!r.next()) {
        return null;
      }
      present = true;
      return r.getInt(1) == PlanRowsCodec.VERSION ? r.getBytes(2) : null;
    }
  }

  /** Whether a snapshot is still to be tried to store (none failed yet). */
  boolean storing() {
    return storing;
  }

  /**
   * Stores {@code content} as the snapshot of plan row {@code planId}, the one {@link #content}
   * last looked up, in a transaction of its own, replacing the one there was.
   */
  void store(long planId, long organizationId, byte[] content) {
    if (!storing) {
      return;
    }
    storing =
        CacheWrites.apart(
            connection,
            () -> {
              String sql = present ? REPLACE : INSERT;
              try (PreparedStatement s = connection.prepareStatement(sql)) {
                if (present) {
                  s.setInt(1, PlanRowsCodec.VERSION);
                  s.setBytes(2, content);
                  s.setLong(3, planId);
                  s.setLong(4, organizationId);
                } else {
                  s.setLong(1, planId);
                  s.setLong(2, organizationId);
                  s.setInt(3, PlanRowsCodec.VERSION);
                  s.setBytes(4, content);
                }
                s.executeUpdate();
              }
            });
  }
}
