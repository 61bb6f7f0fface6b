package th.km.core.plan;

import java.util.List;

/**
 * The duties (หน้าที่และความรับผิดชอบ) a committee gives one of its roles, verbatim and in order.
 */
public record RoleDuties(CommitteeRole role, List<String> duties) {

  public RoleDuties {
    duties = List.copyOf(duties);
  }
}
