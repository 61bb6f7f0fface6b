package th.km.core.audit;

import java.util.List;
import th.km.core.plan.OrganizationCode;

/**
 * Reads the audit log (the port the database implements). Entries are only ever added, by the
 * stores, in the same transaction as the change they describe: a change that is not in the log did
 * not happen.
 */
public interface AuditLog {

  /** The organization's entries, oldest first. */
  List<AuditEntry> entries(OrganizationCode organization);

  /** The entries about one thing of the organization, oldest first. */
  List<AuditEntry> entries(OrganizationCode organization, String entity, String entityId);

  /** A log with no entry, for a server that keeps none. */
  static AuditLog none() {
    return new AuditLog() {
      @Override
      public List<AuditEntry> entries(OrganizationCode organization) {
        return List.of();
      }

      @Override
      public List<AuditEntry> entries(
          OrganizationCode organization, String entity, String entityId) {
        return List.of();
      }
    };
  }
}
