package th.km.web.security;

import io.javalin.security.RouteRole;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.account.Role;

/**
 * The access rule of a route, checked by {@link AccessGuard} before its handler runs. Finer rules
 * (a division head edits only the own division, staff only their own records) are checked by the
 * handler against the record, on the server.
 */
public enum Access implements RouteRole {
  /** Anyone, signed in or not: the login page, the public page, static files. */
  PUBLIC,
  /** Any account of the organization in the path. */
  SIGNED_IN,
  /** Every account but staff: those who read all the records of the organization. */
  READER,
  /** The CKO and the committee chair, who approve and sign off. */
  APPROVER,
  /** The secretary of the KM committee, who edits everything. */
  SECRETARY,
  /** The secretary, the CKO and the chair, who import a plan document as a new draft version. */
  PLANNER,
  /** The secretary, and division heads for their own division. */
  EDITOR,
  /**
   * Those who record what happened: the secretary, division heads for their division, and staff
   * for their own trainings, reports and acknowledgements.
   */
  RECORDER,
  /** Those who sign training reports off: the CKO, the chair, the secretary and division heads. */
  SIGNER,
  /** The M&amp;E committee's members who write its report: the secretary, the chair and the CKO. */
  COMMITTEE;

  /** Whether a request by the account (empty: nobody signed in) passes the rule. */
  public boolean allows(Optional<Account> account) {
    if (this == PUBLIC) {
      return true;
    }
    if (account.isEmpty()) {
      return false;
    }
    Role role = account.get().role();
    return switch (this) {
      case PUBLIC, SIGNED_IN -> true;
      case READER -> role.readsAll();
      case APPROVER -> role.approves();
      case SECRETARY -> role.editsAll();
      case PLANNER -> role.editsAll() || role.approves();
      case EDITOR -> role.editsAll() || role == Role.DIVISION_HEAD;
      case RECORDER -> role.editsAll() || role == Role.DIVISION_HEAD || role == Role.STAFF;
      case SIGNER -> role != Role.STAFF;
      case COMMITTEE -> role.editsAll() || role.approves();
    };
  }
}
