package th.km.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The announcement (ประกาศ) by which the head of the organization publishes the plan. */
@Value.Immutable
public abstract class AbstractAnnouncement {

  /** The heading, "ประกาศเทศบาลตำบลบ้านแหวน". */
  public abstract String heading();

  /** The subject line after "เรื่อง". */
  public abstract String subject();

  public abstract List<String> paragraphs();

  /** The date as written ("ประกาศ ณ วันที่ 68 เดือน มีนาคม พ.ศ. ๒๕๖๙"). */
  public abstract String dateText();

  /** The date, when the text names a date that exists. */
  public abstract Optional<LocalDate> date();

  public abstract Optional<String> signerName();

  public abstract Optional<String> signerPosition();
}
