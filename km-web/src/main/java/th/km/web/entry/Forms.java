package th.km.web.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import th.km.core.account.Role;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmGoal;
import th.km.core.plan.PlanActivity;
import th.km.core.records.Acknowledgement;
import th.km.core.records.AcknowledgementTopic;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.AssetStatus;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Publication;
import th.km.core.records.PublicationChannel;
import th.km.core.records.Recognition;
import th.km.core.records.RecognitionKind;
import th.km.core.records.RecordKind;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingKind;
import th.km.core.records.TrainingReport;
import th.km.core.records.TrainingSetting;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.web.page.PageText;
import th.km.web.security.Access;

/** The data-entry forms km has, one for each thing people record during the year. */
public final class Forms {

  /** The highest score a supervisor's rating scale may have. */
  static final int MAX_SCORE = 1000;

  private Forms() {}

  /** Every form, in the order the entry page lists them. */
  public static List<EntryForm> all() {
    return List.of(
        new TrainingForm(),
        new TrainingReportForm(),
        new SignOffForm(),
        new RatingForm(),
        new AssetForm(),
        new MeetingForm(),
        new AcknowledgementForm(),
        new ProgressForm(),
        new RecognitionForm(),
        new NoteForm(),
        new StaffForm());
  }

  /** The form of the slug. */
  public static Optional<EntryForm> bySlug(String slug) {
    return all().stream().filter(f -> f.slug().equals(slug)).findFirst();
  }

  // ---------------------------------------------------------------- shared readers

  /** A date that must lie in the plan's fiscal year and, unless {@code future}, not after today. */
  static Optional<LocalDate> dayOfYear(
      EntryContext c, Input in, String name, boolean required, boolean future) {
    Optional<LocalDate> d = in.date(name, required);
    if (d.isEmpty()) {
      return d;
    }
    if (!c.plan().fiscalYear().contains(d.get())) {
      in.error(
          name, "entry.error.outsideYear", d.get(), c.plan().fiscalYear().buddhistYear(),
          c.plan().fiscalYear().firstDay(), c.plan().fiscalYear().lastDay());
      return Optional.empty();
    }
    if (!future && d.get().isAfter(c.today())) {
      in.error(name, "entry.error.future", d.get(), c.today());
      return Optional.empty();
    }
    return d;
  }

  /**
   * The record an id field names, looked up with {@code find}; a blank field or an id that names no
   * record is an error of that field.
   */
  private static <T> Optional<T> chosen(
      Input in, String name, Function<String, Optional<T>> find, String noSuchKey) {
    Optional<String> id = in.text(name, true);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> found = find.apply(id.get());
    if (found.isEmpty()) {
      in.error(name, noSuchKey, id.get());
    }
    return found;
  }

  /** A staff member chosen among those the account may write about. */
  static Optional<StaffMember> person(EntryContext c, Input in, String name) {
    return chosen(in, name, c.records()::staffMember, "entry.error.noSuchPerson");
  }

  /** A training of the year. */
  static Optional<Training> training(EntryContext c, Input in, String name) {
    return chosen(in, name, c.records()::training, "entry.error.noSuchTraining");
  }

  static Optional<DivisionCode> division(EntryContext c, Input in, String name) {
    String code = in.raw(name);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Optional<DivisionCode> found =
        c.plan().divisions().stream().map(d -> d.code()).filter(d -> d.value().equals(code)).findFirst();
    if (found.isEmpty()) {
      in.error(name, "entry.error.noSuchDivision", code);
    }
    return found;
  }

  /** Staff ids among the year's staff, each once. */
  static List<String> people(EntryContext c, Input in, String name) {
    List<String> ids = in.all(name).stream().distinct().toList();
    for (String id : ids) {
      if (c.records().staffMember(id).isEmpty()) {
        in.error(name, "entry.error.noSuchPerson", id);
      }
    }
    return ids;
  }

  static <E extends Enum<E>> List<Field.Option> options(
      EntryContext c, E[] values, Function<E, String> thai, Function<E, String> english) {
    return Stream.of(values).map(v -> new Field.Option(v.name(), c.pick(PageText.plain(thai.apply(v)), english.apply(v)))).toList();
  }

  static String query(Function<String, String> query, String name) {
    String v = query.apply(name);
    return v == null ? "" : v;
  }

  static String staffChoice(EntryContext c) {
    return c.account().staffId().filter(id -> c.records().staffMember(id).isPresent()).orElse("");
  }

  // ---------------------------------------------------------------- the forms

  /** A training, seminar, study visit or further study one person was sent to. */
  static final class TrainingForm implements EntryForm {
    @Override public String slug() { return "training"; }
    @Override public String collection() { return "trainings"; }
    @Override public String schema() { return "TrainingInput"; }
    @Override public String titleKey() { return "entry.training.title"; }
    @Override public Access access() { return Access.RECORDER; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "trainings"; }

    @Override
    public List<Field> fields(EntryContext c) {
      return List.of(
          Field.select("personId", true, "entry.field.person", c.staffOptions()),
          Field.text("title", true, "entry.field.courseTitle"),
          Field.select("trainingKind", true, "entry.field.trainingKind",
              options(c, TrainingKind.values(), TrainingKind::thaiName, TrainingKind::englishName)),
          Field.select("setting", true, "entry.field.setting",
              options(c, TrainingSetting.values(), TrainingSetting::thaiName, TrainingSetting::englishName)),
          Field.date("start", true, "entry.field.start"),
          Field.date("end", true, "entry.field.end"),
          Field.date("returned", false, "entry.field.returned").hint("entry.hint.returned"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      return Map.of("personId", staffChoice(c), "trainingKind", "TRAINING", "setting", "EXTERNAL");
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      Optional<StaffMember> person = person(c, in, "personId");
      Optional<String> title = in.text("title", true);
      Optional<TrainingKind> kind = in.choice("trainingKind", TrainingKind.class, true);
      Optional<TrainingSetting> setting = in.choice("setting", TrainingSetting.class, true);
      Optional<LocalDate> start = dayOfYear(c, in, "start", true, true);
      Optional<LocalDate> end = in.date("end", true);
      Optional<LocalDate> returned = in.date("returned", false);
      if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
        in.error("end", "entry.error.endBeforeStart", end.get(), start.get());
      }
      if (start.isPresent() && returned.isPresent() && returned.get().isBefore(start.get())) {
        in.error("returned", "entry.error.returnedBeforeStart", returned.get(), start.get());
      }
      if (!in.ok()) {
        return Optional.empty();
      }
      return Optional.of(
          Write.New.numbered("training", RecordKind.TRAINING, c.records(), id ->
              new Training(
                  id, person.orElseThrow().id(),
                  title.orElseThrow(), kind.orElseThrow(), setting.orElseThrow(), start.orElseThrow(),
                  end.orElseThrow(), returned.orElse(end.orElseThrow()))));
    }
  }

  /** One signature of a training report on its way up to the head of the organization. */
  static final class SignOffForm implements EntryForm {
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
      String report = query(query, "report");
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
      Optional<LocalDate> signed = dayOfYear(c, in, "signedOn", true, false);
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

  /** A supervisor's scores of a person's work before and after a training. */
  static final class RatingForm implements EntryForm {
    @Override public String slug() { return "supervisor-rating"; }
    @Override public String collection() { return "supervisor-ratings"; }
    @Override public String schema() { return "SupervisorRatingInput"; }
    @Override public String titleKey() { return "entry.rating.title"; }
    @Override public Access access() { return Access.EDITOR; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "overview"; }

    @Override
    public List<Field> fields(EntryContext c) {
      List<Field.Option> trainings = new ArrayList<>();
      for (Training t : c.records().trainings()) {
        boolean mine =
            c.records().staffMember(t.personId()).map(p -> WriteRights.mayConcern(c.account(), p)).orElse(false);
        if (mine) {
          String who = c.records().staffMember(t.personId()).map(StaffMember::name).orElse(t.personId());
          trainings.add(new Field.Option(t.id(), t.title() + " · " + who));
        }
      }
      return List.of(
          Field.select("trainingId", true, "entry.field.training", trainings),
          Field.number("before", true, "entry.field.scoreBefore"),
          Field.number("after", true, "entry.field.scoreAfter"),
          Field.date("ratedOn", true, "entry.field.ratedOn"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      return Map.of("trainingId", query(query, "training"), "ratedOn", DateInput.write(c.today()));
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      Optional<Training> training = training(c, in, "trainingId");
      OptionalInt before = in.number("before", true, 0, MAX_SCORE);
      OptionalInt after = in.number("after", true, 0, MAX_SCORE);
      Optional<LocalDate> rated = dayOfYear(c, in, "ratedOn", true, false);
      if (!in.ok()) {
        return Optional.empty();
      }
      return Optional.of(
          Write.New.numbered("rating", RecordKind.SUPERVISOR_RATING, c.records(), id ->
              new SupervisorRating(
                  id, training.orElseThrow().id(),
                  before.getAsInt(), after.getAsInt(), rated.orElseThrow())));
    }
  }

  /** A knowledge asset, new or brought further (reviewed, published). */
  static final class AssetForm implements CorrectableForm {
    @Override public String slug() { return "knowledge-asset"; }
    @Override public String collection() { return "knowledge-assets"; }
    @Override public String schema() { return "KnowledgeAssetInput"; }
    @Override public String titleKey() { return "entry.asset.title"; }
    @Override public Access access() { return Access.EDITOR; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "assets"; }

    @Override
    public List<Field> fields(EntryContext c) {
      return List.of(
          Field.hidden("id"),
          Field.hidden("version"),
          Field.text("title", true, "entry.field.assetTitle"),
          Field.select("assetKind", true, "entry.field.assetKind",
              options(c, AssetKind.values(), AssetKind::thaiName, AssetKind::englishName)),
          Field.checkbox("withFlowchart", "entry.field.withFlowchart"),
          Field.select("division", false, "entry.field.division", c.divisionOptions(true)),
          Field.checkboxes("authorIds", "entry.field.authors", c.allStaffOptions()),
          Field.date("createdOn", true, "entry.field.createdOn"),
          Field.select("status", true, "entry.field.status",
              options(c, AssetStatus.values(), AssetStatus::thaiName, AssetStatus::englishName)),
          Field.date("reviewedOn", false, "entry.field.reviewedOn").hint("entry.hint.reviewedOn"),
          Field.checkboxes("channels", "entry.field.channels",
              options(c, PublicationChannel.values(), PublicationChannel::thaiName, PublicationChannel::englishName)),
          Field.date("publishedOn", false, "entry.field.publishedOn").hint("entry.hint.publishedOn"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("status", AssetStatus.DRAFT.name());
      values.put("createdOn", DateInput.write(c.today()));
      c.account().division().ifPresent(d -> values.put("division", d.value()));
      return values;
    }

    @Override public RecordKind correctedKind() { return RecordKind.KNOWLEDGE_ASSET; }
    @Override public String queryParameter() { return "asset"; }

    @Override
    public Map<String, List<String>> valuesOf(YearRecord record, int version) {
      KnowledgeAsset a = (KnowledgeAsset) record;
      Map<String, List<String>> v = new LinkedHashMap<>();
      v.put("id", List.of(a.id()));
      v.put("version", List.of(Integer.toString(version)));
      v.put("title", List.of(a.title()));
      v.put("assetKind", List.of(a.assetKind().name()));
      v.put("withFlowchart", List.of(Boolean.toString(a.withFlowchart())));
      v.put("division", List.of(a.division().map(DivisionCode::value).orElse("")));
      v.put("authorIds", a.authorIds());
      v.put("createdOn", List.of(DateInput.write(a.createdOn())));
      v.put("status", List.of(a.status().name()));
      v.put("reviewedOn", List.of(a.reviewedOn().map(DateInput::write).orElse("")));
      v.put("channels", a.publications().stream().map(p -> p.channel().name()).distinct().toList());
      v.put("publishedOn", List.of(a.publications().stream().map(Publication::publishedOn).min(LocalDate::compareTo).map(DateInput::write).orElse("")));
      return v;
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      String id = in.raw("id");
      Optional<Versioned> current = Optional.empty();
      if (!id.isEmpty()) {
        current =
            stored.find(c.book(), RecordKind.KNOWLEDGE_ASSET, id);
        if (current.isEmpty()) {
          in.error("id", "entry.error.noSuchAsset", id);
        }
      }
      OptionalInt version = in.raw("version").isEmpty() ? OptionalInt.empty() : in.number("version", false, 0, Integer.MAX_VALUE);
      Optional<String> title = in.text("title", true);
      Optional<AssetKind> kind = in.choice("assetKind", AssetKind.class, true);
      boolean flowchart = in.flag("withFlowchart");
      Optional<DivisionCode> division = division(c, in, "division");
      List<String> authors = people(c, in, "authorIds");
      Optional<LocalDate> created = dayOfYear(c, in, "createdOn", true, false);
      Optional<AssetStatus> status = in.choice("status", AssetStatus.class, true);
      boolean reviewedNeeded = status.filter(s -> s == AssetStatus.REVIEWED).isPresent();
      boolean published = status.filter(s -> s == AssetStatus.PUBLISHED).isPresent();
      Optional<LocalDate> reviewed = dayOfYear(c, in, "reviewedOn", reviewedNeeded, false);
      Optional<LocalDate> publishedOn = dayOfYear(c, in, "publishedOn", published, false);
      Set<PublicationChannel> channels = EnumSet.noneOf(PublicationChannel.class);
      for (String ch : in.all("channels")) {
        try {
          channels.add(PublicationChannel.valueOf(ch));
        } catch (IllegalArgumentException e) {
          in.error("channels", "entry.error.choice", ch);
        }
      }
      if (published && channels.isEmpty()) {
        in.error("channels", "entry.error.channelNeeded");
      }
      if (flowchart && kind.isPresent() && kind.get() != AssetKind.WORK_MANUAL) {
        in.error("withFlowchart", "entry.error.flowchartOnlyManual");
      }
      if (created.isPresent() && reviewed.isPresent() && reviewed.get().isBefore(created.get())) {
        in.error("reviewedOn", "entry.error.beforeCreated", reviewed.get(), created.get());
      }
      if (created.isPresent() && publishedOn.isPresent() && publishedOn.get().isBefore(created.get())) {
        in.error("publishedOn", "entry.error.beforeCreated", publishedOn.get(), created.get());
      }
      if (!in.ok()) {
        return Optional.empty();
      }
      KnowledgeAsset.Builder asset =
          KnowledgeAsset.builder()
              .id(current.map(v -> v.record().id()).orElse("asset-0"))
              .title(title.orElseThrow())
              .assetKind(kind.orElseThrow())
              .withFlowchart(flowchart)
              .division(division)
              .authorIds(authors)
              .createdOn(created.orElseThrow());
      if (status.get() != AssetStatus.DRAFT) {
        asset.reviewedOn(reviewed);
      }
      if (published) {
        for (PublicationChannel ch : channels) {
          asset.addPublications(new Publication(ch, publishedOn.orElseThrow()));
        }
      }
      return Optional.of(
          current.isPresent()
              ? new Write.Correction(asset.build(), version.orElse(current.get().version()))
              : Write.New.numbered("asset", RecordKind.KNOWLEDGE_ASSET, c.records(), newId -> asset.id(newId).build()));
    }
  }

  /** A meeting, workshop or seminar held, with who attended. */
  static final class MeetingForm implements EntryForm {
    @Override public String slug() { return "meeting"; }
    @Override public String collection() { return "meetings"; }
    @Override public String schema() { return "MeetingInput"; }
    @Override public String titleKey() { return "entry.meeting.title"; }
    @Override public Access access() { return Access.EDITOR; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "overview"; }

    @Override
    public List<Field> fields(EntryContext c) {
      return List.of(
          Field.select("meetingKind", true, "entry.field.meetingKind",
              options(c, MeetingKind.values(), MeetingKind::thaiName, MeetingKind::englishName)),
          Field.text("title", true, "entry.field.meetingTitle"),
          Field.date("date", true, "entry.field.meetingDate"),
          Field.select("division", false, "entry.field.heldBy", c.divisionOptions(true)),
          Field.checkboxes("attendeeIds", "entry.field.attendees", c.allStaffOptions()),
          Field.number("otherAttendees", false, "entry.field.otherAttendees"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("meetingKind", MeetingKind.WORKSHOP.name());
      values.put("date", DateInput.write(c.today()));
      values.put("otherAttendees", "0");
      c.account().division().ifPresent(d -> values.put("division", d.value()));
      return values;
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      Optional<MeetingKind> kind = in.choice("meetingKind", MeetingKind.class, true);
      Optional<String> title = in.text("title", true);
      Optional<LocalDate> date = dayOfYear(c, in, "date", true, false);
      Optional<DivisionCode> division = division(c, in, "division");
      List<String> attendees = people(c, in, "attendeeIds");
      OptionalInt others = in.number("otherAttendees", false, 0, 100_000);
      if (attendees.isEmpty() && others.orElse(0) == 0 && !in.hasError("attendeeIds")) {
        in.error("attendeeIds", "entry.error.nobodyAttended");
      }
      if (!in.ok()) {
        return Optional.empty();
      }
      return Optional.of(
          Write.New.numbered("meeting", RecordKind.MEETING, c.records(), id ->
              Meeting.builder()
                  .id(id)
                  .meetingKind(kind.orElseThrow())
                  .title(title.orElseThrow())
                  .date(date.orElseThrow())
                  .division(division)
                  .attendeeIds(attendees)
                  .otherAttendees(others.orElse(0))
                  .build()));
    }
  }

  /** A person's acknowledgement of the organization's KM goals or principles. */
  static final class AcknowledgementForm implements EntryForm {
    @Override public String slug() { return "acknowledgement"; }
    @Override public String collection() { return "acknowledgements"; }
    @Override public String schema() { return "AcknowledgementInput"; }
    @Override public String titleKey() { return "entry.acknowledgement.title"; }
    @Override public Access access() { return Access.RECORDER; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "overview"; }

    @Override
    public List<Field> fields(EntryContext c) {
      return List.of(
          Field.select("personId", true, "entry.field.person", c.staffOptions()),
          Field.select("topic", true, "entry.field.topic",
              options(c, AcknowledgementTopic.values(), AcknowledgementTopic::thaiName, AcknowledgementTopic::englishName)),
          Field.date("date", true, "entry.field.acknowledgedOn"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      return Map.of(
          "personId", staffChoice(c),
          "topic", query(query, "topic").isEmpty() ? AcknowledgementTopic.KM_GOALS.name() : query(query, "topic"),
          "date", DateInput.write(c.today()));
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      Optional<StaffMember> person = person(c, in, "personId");
      Optional<AcknowledgementTopic> topic = in.choice("topic", AcknowledgementTopic.class, true);
      Optional<LocalDate> date = dayOfYear(c, in, "date", true, false);
      if (person.isPresent() && topic.isPresent()) {
        boolean already =
            c.records().acknowledgements().stream()
                .anyMatch(a -> a.personId().equals(person.get().id()) && a.topic() == topic.get());
        if (already) {
          in.error("topic", "entry.error.alreadyAcknowledged", person.get().name());
        }
      }
      if (!in.ok()) {
        return Optional.empty();
      }
      return Optional.of(
          Write.New.numbered("ack", RecordKind.ACKNOWLEDGEMENT, c.records(), id ->
              new Acknowledgement(
                  id, person.orElseThrow().id(),
                  topic.orElseThrow(), date.orElseThrow())));
    }
  }

  /** How far one activity of the plan has come. */
  static final class ProgressForm implements EntryForm {
    @Override public String slug() { return "progress-update"; }
    @Override public String collection() { return "progress-updates"; }
    @Override public String schema() { return "ProgressUpdateInput"; }
    @Override public String titleKey() { return "entry.progress.title"; }
    @Override public Access access() { return Access.EDITOR; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "overview"; }

    @Override
    public List<Field> fields(EntryContext c) {
      List<Field.Option> activities = new ArrayList<>();
      for (KmGoal g : c.plan().goals()) {
        for (PlanActivity a : g.activities()) {
          ActivityRef ref = new ActivityRef(g.number(), a.number());
          ProgressUpdate probe = new ProgressUpdate("probe", ref, c.today(), 0, "");
          if (WriteRights.refusal(c.account(), purpose(), probe, c.records(), c.plan()).isEmpty()) {
            activities.add(new Field.Option(ref.toString(), ref + " " + a.name()));
          }
        }
      }
      return List.of(
          Field.select("activity", true, "entry.field.activity", activities),
          Field.date("date", true, "entry.field.progressDate"),
          Field.number("percent", true, "entry.field.percent"),
          Field.textarea("narrative", true, "entry.field.narrative"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      return Map.of("activity", query(query, "activity"), "date", DateInput.write(c.today()));
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      Optional<String> text = in.text("activity", true);
      Optional<ActivityRef> activity = Optional.empty();
      if (text.isPresent()) {
        activity = activityOf(c, text.get());
        if (activity.isEmpty()) {
          in.error("activity", "entry.error.noSuchActivity", text.get());
        }
      }
      Optional<LocalDate> date = dayOfYear(c, in, "date", true, false);
      OptionalInt percent = in.number("percent", true, 0, 100);
      Optional<String> narrative = in.text("narrative", true);
      if (!in.ok()) {
        return Optional.empty();
      }
      ActivityRef of = activity.orElseThrow();
      return Optional.of(
          Write.New.numbered("progress", RecordKind.PROGRESS_UPDATE, c.records(), id ->
              new ProgressUpdate(
                  id, of,
                  date.orElseThrow(), percent.getAsInt(), narrative.orElseThrow())));
    }

    private static Optional<ActivityRef> activityOf(EntryContext c, String text) {
      if (!text.matches("[0-9]{1,3}\\.[0-9]{1,3}")) {
        return Optional.empty();
      }
      int dot = text.indexOf('.');
      int goal = Integer.parseInt(text.substring(0, dot));
      int number = Integer.parseInt(text.substring(dot + 1));
      if (goal < 1 || number < 1) {
        return Optional.empty();
      }
      boolean exists =
          c.plan().goals().stream()
              .anyMatch(g -> g.number() == goal && g.activities().stream().anyMatch(a -> a.number() == number));
      return exists ? Optional.of(new ActivityRef(goal, number)) : Optional.empty();
    }
  }

  /** The recognition of a staff member. */
  static final class RecognitionForm implements EntryForm {
    @Override public String slug() { return "recognition"; }
    @Override public String collection() { return "recognitions"; }
    @Override public String schema() { return "RecognitionInput"; }
    @Override public String titleKey() { return "entry.recognition.title"; }
    @Override public Access access() { return Access.EDITOR; }
    @Override public WriteRights.Purpose purpose() { return WriteRights.Purpose.RECORD; }
    @Override public String shownOn() { return "overview"; }

    @Override
    public List<Field> fields(EntryContext c) {
      return List.of(
          Field.select("personId", true, "entry.field.person", c.staffOptions()),
          Field.select("recognitionKind", true, "entry.field.recognitionKind",
              options(c, RecognitionKind.values(), RecognitionKind::thaiName, RecognitionKind::englishName)),
          Field.date("date", true, "entry.field.recognizedOn"));
    }

    @Override
    public Map<String, String> initial(EntryContext c, Function<String, String> query) {
      return Map.of("date", DateInput.write(c.today()));
    }

    @Override
    public Optional<Write> read(EntryContext c, Input in, RecordCommands stored) {
      Optional<StaffMember> person = person(c, in, "personId");
      Optional<RecognitionKind> kind = in.choice("recognitionKind", RecognitionKind.class, true);
      Optional<LocalDate> date = dayOfYear(c, in, "date", true, false);
      if (!in.ok()) {
        return Optional.empty();
      }
      return Optional.of(
          Write.New.numbered("recognition", RecordKind.RECOGNITION, c.records(), id ->
              new Recognition(
                  id, person.orElseThrow().id(),
                  kind.orElseThrow(), date.orElseThrow())));
    }
  }

}
