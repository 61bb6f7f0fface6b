package th.km.persistence.knowledge;

import java.util.Optional;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.knowledge.KnowledgeState;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmProcessStep;
import th.km.core.records.AssetKind;

/**
 * Which assets a list shows: each part empty for any. With {@code readableOnly}, each asset is
 * shown as its latest approved or published version and assets without one are left out, as
 * readers without edit rights see them; else as its latest version.
 *
 * @param kind only assets of the kind
 * @param division only assets the division owns
 * @param step only assets of the KM process step
 * @param fiscalYear only assets of the year's records
 * @param state only assets whose shown version is in the state
 * @param readableOnly whether to show only what readers may read
 */
public record KnowledgeFilter(
    Optional<AssetKind> kind,
    Optional<DivisionCode> division,
    Optional<KmProcessStep> step,
    Optional<FiscalYear> fiscalYear,
    Optional<KnowledgeState> state,
    boolean readableOnly) {

  /** Every asset, as its latest version. */
  public static KnowledgeFilter all() {
    return new KnowledgeFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  public KnowledgeFilter withFiscalYear(FiscalYear year) {
    return new KnowledgeFilter(kind, division, step, Optional.of(year), state, readableOnly);
  }

  public KnowledgeFilter readable() {
    return new KnowledgeFilter(kind, division, step, fiscalYear, state, true);
  }

  /** Whether the version passes the filter's kind, division, step, year and state. */
  public boolean matches(KnowledgeContent c) {
    return kind.map(k -> k == c.kind()).orElse(true)
        && division.map(d -> c.division().equals(Optional.of(d))).orElse(true)
        && step.map(s -> c.step().equals(Optional.of(s))).orElse(true)
        && fiscalYear.map(y -> y.equals(c.fiscalYear())).orElse(true)
        && state.map(s -> s == c.state()).orElse(true)
        && (!readableOnly || c.state().readable());
  }
}
