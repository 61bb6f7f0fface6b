package th.km.web.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import th.km.core.entry.RecordCommands;
import th.km.core.plan.MonitoringRule;
import th.km.core.records.EvaluationReport;
import th.km.core.records.RecordKind;
import th.km.core.records.YearRecord;
import th.km.web.security.Access;

/**
 * The M&amp;E committee's report to the head of the organization with its recommendations
 * (รายงานผลการติดตามและประเมินผลพร้อมข้อเสนอแนะ): when it was handed in, to whom, and the
 * recommendations, one per line. Only the committee's members enter it: the secretary, the chair
 * and the CKO.
 */
final class EvaluationReportForm implements CorrectableForm {
  @Override public String slug() { return "evaluation-report"; }
  @Override public String collection() { return "evaluation-reports"; }
  @Override public String schema() { return "EvaluationReportInput"; }
  @Override public String titleKey() { return "entry.evaluationReport.title"; }
  @Override public Access access() { return Access.COMMITTEE; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
  @Override public String shownOn() { return "overview"; }

  @Override
  public List<Field> fields(EntryContext c) {
    return List.of(
        Field.date("submittedOn", true, "entry.field.reportSubmittedOn"),
        Field.text("recipient", true, "entry.field.recipient").hint("entry.hint.recipient"),
        Field.textarea("recommendations", false, "entry.field.recommendations")
            .hint("entry.hint.onePerLine"));
  }

  /** Opens on today and the position the plan's monitoring rule names as the recipient. */
  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    String recipient =
        c.plan().monitoringRule(MonitoringRule.EvaluationReport.class)
            .map(MonitoringRule.EvaluationReport::reportTo)
            .orElse("");
    return Map.of("submittedOn", DateInput.write(c.today()), "recipient", recipient);
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<LocalDate> submitted = Forms.dayOfYear(c, in, "submittedOn", true, false);
    Optional<String> recipient = in.text("recipient", true);
    List<String> recommendations =
        in.text("recommendations", false).orElse("").lines()
            .map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (!in.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        Write.New.numbered("me", RecordKind.EVALUATION_REPORT, c.records(), id ->
            EvaluationReport.builder()
                .id(id)
                .submittedOn(submitted.orElseThrow())
                .recipient(recipient.orElseThrow())
                .recommendations(recommendations)
                .build()));
  }

  @Override public RecordKind correctedKind() { return RecordKind.EVALUATION_REPORT; }

  @Override
  public Map<String, List<String>> valuesOf(YearRecord record, int version) {
    EvaluationReport r = (EvaluationReport) record;
    return CorrectableForm.values(r.id(), version,
        "submittedOn", DateInput.write(r.submittedOn()), "recipient", r.recipient(),
        "recommendations", String.join("\n", r.recommendations()));
  }
}
