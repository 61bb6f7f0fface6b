package th.km.core.knowledge;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import th.km.core.account.Role;
import th.km.core.plan.DivisionCode;

/**
 * Who may do what with a knowledge asset, and how its content moves from draft to published.
 *
 * <p>The secretary edits every asset; a division head edits the assets of the own division (an
 * organization-wide asset is the secretary's). Every save of the content is a new version, which
 * starts as a draft. A draft is reviewed (ตรวจทาน) by the secretary, the chair or the owning
 * division's head; a reviewed version is approved (อนุมัติ) by the CKO or the chair; an approved
 * version is published (เผยแพร่) by the secretary, the CKO or the chair. Whoever may review or
 * approve may send a reviewed or approved version back to draft. Readers without edit rights see
 * only the latest approved or published version; editors and approvers see every version.
 */
public final class KnowledgeWorkflow {

  private KnowledgeWorkflow() {}

  /** A move of a version from one state to the next. */
  public enum Transition {
    REVIEW(KnowledgeState.DRAFT, KnowledgeState.REVIEWED, "ตรวจทาน", "review"),
    APPROVE(KnowledgeState.REVIEWED, KnowledgeState.APPROVED, "อนุมัติ", "approve"),
    PUBLISH(KnowledgeState.APPROVED, KnowledgeState.PUBLISHED, "เผยแพร่", "publish"),
    RETURN_TO_DRAFT(null, KnowledgeState.DRAFT, "ส่งกลับเป็นร่าง", "return to draft");

    /** The state it starts from; null for a return, which starts from reviewed or approved. */
    private final @Nullable KnowledgeState from;
    private final KnowledgeState to;
    private final String thaiName;
    private final String englishName;

    Transition(@Nullable KnowledgeState from, KnowledgeState to, String thaiName, String englishName) {
      this.from = from;
      this.to = to;
      this.thaiName = thaiName;
      this.englishName = englishName;
    }

    /** Whether the move starts from the state. */
    public boolean startsFrom(KnowledgeState state) {
      return from == null
          ? state == KnowledgeState.REVIEWED || state == KnowledgeState.APPROVED
          : state == from;
    }

    /** The state the version is in after the move. */
    public KnowledgeState to() {
      return to;
    }

    public String thaiName() {
      return thaiName;
    }

    public String englishName() {
      return englishName;
    }
  }

  /**
   * Whether the account (its role and division) may create and change assets owned by the division
   * (empty: organization-wide): save versions, attach and remove files.
   */
  public static boolean mayEdit(Role role, Optional<DivisionCode> own, Optional<DivisionCode> owner) {
    return role.editsAll() || (role == Role.DIVISION_HEAD && owner.isPresent() && owner.equals(own));
  }

  /** Whether the account sees every version, drafts included, not only approved and published ones. */
  public static boolean seesWork(Role role, Optional<DivisionCode> own, Optional<DivisionCode> owner) {
    return mayEdit(role, own, owner) || role.approves();
  }

  /** The moves the account may make on a version in the state, of an asset owned by {@code owner}. */
  public static Set<Transition> allowed(
      Role role, Optional<DivisionCode> own, Optional<DivisionCode> owner, KnowledgeState state) {
    Set<Transition> allowed = EnumSet.noneOf(Transition.class);
    for (Transition t : Transition.values()) {
      if (t.startsFrom(state) && mayMake(t, role, own, owner)) {
        allowed.add(t);
      }
    }
    return allowed;
  }

  /** Whether the account may make the move at all, whatever the version's state. */
  public static boolean mayMake(
      Transition move, Role role, Optional<DivisionCode> own, Optional<DivisionCode> owner) {
    boolean headOfOwner = role == Role.DIVISION_HEAD && owner.isPresent() && owner.equals(own);
    boolean reviews = role.editsAll() || role == Role.CHAIR || headOfOwner;
    return switch (move) {
      case REVIEW -> reviews;
      case APPROVE -> role.approves();
      case PUBLISH -> role.editsAll() || role.approves();
      case RETURN_TO_DRAFT -> reviews || role.approves();
    };
  }
}
