package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * One party a responsible text (ผู้รับผิดชอบ) names, as {@link Responsibles} resolves it against a
 * plan: divisions as units, the heads or the staff of divisions, a committee, a position, or a part
 * that names nothing the plan knows.
 */
public sealed interface ResponsibleParty {

  /** The part of the responsible text this party was read from, verbatim. */
  String text();

  /** The divisions the party stands for or belongs to, in the plan's order; empty when none. */
  default List<Division> divisions() {
    return List.of();
  }

  /**
   * Divisions as units ("สำนักปลัดเทศบาล", "กองทุกกอง").
   *
   * @param every whether the text says every or each division ("ทุก", "แต่ละ")
   */
  record Divisions(String text, List<Division> divisions, boolean every)
      implements ResponsibleParty {
    public Divisions {
      divisions = List.copyOf(divisions);
      checkArgument(every || !divisions.isEmpty(), "'%s' names no division", text);
    }
  }

  /**
   * The heads of divisions ("หัวหน้าส่วนราชการแต่ละสำนัก/กอง", "ผู้อำนวยการกองคลัง").
   *
   * @param every whether the text says every or each division
   */
  record DivisionHeads(String text, List<Division> divisions, boolean every)
      implements ResponsibleParty {
    public DivisionHeads {
      divisions = List.copyOf(divisions);
    }
  }

  /**
   * The staff of divisions ("บุคลากรทุกสำนัก/กอง").
   *
   * @param every whether the text says every or each division
   */
  record DivisionStaff(String text, List<Division> divisions, boolean every)
      implements ResponsibleParty {
    public DivisionStaff {
      divisions = List.copyOf(divisions);
    }
  }

  /** A committee of the plan ("คณะกรรมการจัดการความรู้"). */
  record CommitteeParty(String text, CommitteeKind kind) implements ResponsibleParty {}

  /**
   * A position the plan names ("นักทรัพยากรบุคคล", "ปลัดเทศบาล").
   *
   * @param divisions the division the position belongs to, where the plan says so
   */
  record PositionHolder(String text, Position position, List<Division> divisions)
      implements ResponsibleParty {
    public PositionHolder {
      divisions = List.copyOf(divisions);
    }
  }

  /** A part that names no division, committee or position of the plan. */
  record Unknown(String text) implements ResponsibleParty {}
}
