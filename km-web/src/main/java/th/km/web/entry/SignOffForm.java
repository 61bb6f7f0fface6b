package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import th.km.core.account.Role;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.records.RecordKind;
import th.km.core.records.SignOff;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.web.security.Access;

/** One signature of a training report on its way up to the head of the organization. */
final class SignOffForm implements EntryForm {
  @Override public String slug() { return "sign-off"; }
  @Override public String collection() { return "sign-offs"; }
  @Override public String schema() { return "SignOffInput"; }
  @Override public String titleKey() { return "entry.signOff.title"; }
  @Override public Access access() { return Access.SIGNER; }
  @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.SIGN_OFF; }
  @Override public String shownOn() { return "trainings"; }

  @Override
  public List<Field> fields(EntryContext c) {
    List<Field.Option> open = new ArrayList<>();
    for (TrainingReport r : c.records().trainingReports()) {
      if (r.headSignedOn().isEmpty()
          && WriteRights.refusal(c.account(), purpose(), r, c.records(), c.plan()).isEmpty()) {
        String title = c.records().training(r.trainingId()).map(Training::title).orElse(r.trainingId());
        open.add(new Field.Option(r.id(), title + " · " + c.date(r.submittedOn())));
      }
    }
    return List.of(
        Field.select("reportId", true, "entry.field.report", open),
        Field.text("position", true, "entry.field.position").hint("entry.hint.position"),
        Field.date("signedOn", true, "entry.field.signedOn"),
        Field.checkbox("head", "entry.field.head"),
        Field.hidden("version"));
  }

  @Override
  public Map<String, String> initial(EntryContext c, Function<String, String> query) {
    Map<String, String> values = new LinkedHashMap<>();
    String report = Forms.query(query, "report");
    values.put("reportId", report);
    values.put("signedOn", DateInput.write(c.today()));
    return values;
  }

  /** The mayor's signature ends the chain and is recorded by the CKO or the secretary only. */
  @Override
  public Optional<FieldError> refusalBeforeFields(EntryContext c, Input in) {
    Role role = c.account().role();
    return in.flag("head") && role != Role.CKO && role != Role.SECRETARY
        ? Optional.of(FieldError.of("head", "entry.denied.headSignature"))
        : Optional.empty();
  }

  @Override
  public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
    Optional<String> id = in.text("reportId", true);
    Optional<Versioned> current =
        id.flatMap(i -> stored.find(c.book(), RecordKind.TRAINING_REPORT, i));
    if (id.isPresent() && current.isEmpty()) {
      in.error("reportId", "entry.error.noSuchReport", id.get());
    }
    Optional<String> position = in.text("position", true);
    Optional<LocalDate> signed = Forms.dayOfYear(c, in, "signedOn", true, false);
    boolean head = in.flag("head");
    OptionalInt version = in.raw("version").isEmpty() ? OptionalInt.empty() : in.number("version", false, 0, Integer.MAX_VALUE);
    if (current.isEmpty() || !in.ok()) {
      return Optional.empty();
    }
    TrainingReport report = (TrainingReport) current.get().record();
    if (report.headSignedOn().isPresent()) {
      in.error("reportId", "entry.error.alreadyAtHead", report.headSignedOn().get());
      return Optional.empty();
    }
    LocalDate last =
        report.signOffs().isEmpty() ? report.submittedOn() : report.signOffs().get(report.signOffs().size() - 1).signedOn();
    if (signed.orElseThrow().isBefore(last)) {
      in.error("signedOn", "entry.error.signedBefore", signed.get(), last);
      return Optional.empty();
    }
    if (!SignOffChain.inOrder(c.plan(), report, position.get(), head, in)) {
      return Optional.empty();
    }
    TrainingReport signedReport =
        TrainingReport.builder().from(report).addSignOffs(new SignOff(position.orElseThrow(), signed.get(), head)).build();
    return Optional.of(new Write.Correction(signedReport, version.orElse(current.get().version())));
  }
}
