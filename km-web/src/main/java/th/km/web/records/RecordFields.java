package th.km.web.records;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.records.AccessEvent;
import th.km.core.records.Acknowledgement;
import th.km.core.records.EvaluationReport;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.Meeting;
import th.km.core.records.MonitoringNote;
import th.km.core.records.ProgressUpdate;
import th.km.core.records.Recognition;
import th.km.core.records.SignOff;
import th.km.core.records.StaffMember;
import th.km.core.records.SupervisorRating;
import th.km.core.records.Training;
import th.km.core.records.TrainingReport;
import th.km.core.records.YearRecord;
import th.km.core.records.YearRecords;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.page.Page;
import th.km.web.page.PageText;

/**
 * A record of the year in the page's words: a one-line summary for lists, and its fields for its
 * own page, with links to the records it refers to.
 */
public final class RecordFields {

  /**
   * A field of a record.
   *
   * @param label what it is, in the page's language
   * @param value its value, in the page's language
   * @param href where it links to, for a reference to another record
   */
  public record Field(String label, String value, Optional<String> href) {}

  /** What the fields need of a page: its language and its messages. */
  private record Words(Language language, Messages messages) {
    String t(String key, Object... args) {
      return messages.get(language, key, args);
    }

    String pick(String thai, String english) {
      return language == Language.TH ? thai : english;
    }

    String pickPlain(String thai, String english) {
      return language == Language.TH ? PageText.plain(thai) : english;
    }

    String date(LocalDate date) {
      return Dates.format(date, language);
    }
  }

  private final Words page;
  private final KmPlan plan;
  private final YearRecords records;

  /** The fields in the page's language. */
  public RecordFields(Page page, KmPlan plan, YearRecords records) {
    this(page.language(), page.messages(), plan, records);
  }

  /** The fields in the language. */
  public RecordFields(Language language, Messages messages, KmPlan plan, YearRecords records) {
    this.page = new Words(language, messages);
    this.plan = plan;
    this.records = records;
  }

  /** The link to the record's own page. */
  public String href(String id) {
    return href(plan, id);
  }

  /** The link to a record's page in the plan's organization and year. */
  public static String href(KmPlan plan, String id) {
    return "/organizations/" + plan.organization().code().value() + "/records/" + path(id)
        + "?year=" + plan.fiscalYear().buddhistYear();
  }

  /**
   * A record id as the last part of a path: encoded, but with its slashes kept, since servers
   * refuse an encoded slash and the record routes take the rest of the path as the id.
   */
  public static String path(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  /** The record's kind in the page's language. */
  public String kind(YearRecord r) {
    return page.pick(r.kind().thaiName(), r.kind().englishName());
  }

  /** A one-line description: what it is, who, and when. */
  public String summary(YearRecord r) {
    String what =
        switch (r) {
          case StaffMember s -> s.name() + s.position().map(p -> ", " + p).orElse("");
          case Training t -> t.title() + " — " + person(t.personId());
          case TrainingReport t ->
              records.training(t.trainingId()).map(tr -> tr.title() + " — " + person(tr.personId())).orElse(t.trainingId());
          case SupervisorRating s ->
              records.training(s.trainingId()).map(tr -> tr.title() + " — " + person(tr.personId())).orElse(s.trainingId())
                  + " (" + s.before() + " → " + s.after() + ")";
          case KnowledgeAsset a -> a.title();
          case Meeting m -> m.title() + " (" + m.attendance() + " " + page.t("record.persons") + ")";
          case Acknowledgement a -> person(a.personId()) + ": " + page.pick(a.topic().thaiName(), a.topic().englishName());
          case AccessEvent a ->
              records.knowledgeAsset(a.assetId()).map(KnowledgeAsset::title).orElse(a.assetId()) + " — "
                  + page.pick(a.channel().thaiName(), a.channel().englishName()) + " × " + a.hits();
          case Recognition g ->
              person(g.personId()) + ": " + page.pickPlain(g.recognitionKind().thaiName(), g.recognitionKind().englishName());
          case ProgressUpdate p -> page.t("record.activityRef", p.activity().goal(), p.activity().activity()) + ": " + p.percent() + "%";
          case EvaluationReport e -> page.t("record.to", e.recipient());
          case MonitoringNote n -> page.pick(n.round().thai(), n.round().toString()) + ": " + subject(n);
          default -> r.id();
        };
    return r.occurredOn().map(d -> what + " (" + page.date(d) + ")").orElse(what);
  }

  /** Every field of the record, its kind and id first. */
  public List<Field> fields(YearRecord r) {
    List<Field> f = new ArrayList<>();
    f.add(text("record.kind", kind(r)));
    f.add(text("record.id", r.id()));
    switch (r) {
      case StaffMember s -> {
        f.add(text("record.name", s.name()));
        f.add(text("record.category", page.pick(s.category().thaiName(), s.category().englishName())));
        s.division().ifPresent(d -> f.add(text("record.division", division(d))));
        s.position().ifPresent(p -> f.add(text("record.position", p)));
        s.activeFrom().ifPresent(d -> f.add(date("record.activeFrom", d)));
        s.activeUntil().ifPresent(d -> f.add(date("record.activeUntil", d)));
      }
      case Training t -> {
        f.add(link("record.person", person(t.personId()), t.personId()));
        f.add(text("record.title", t.title()));
        f.add(text("record.trainingKind", page.pick(t.trainingKind().thaiName(), t.trainingKind().englishName())));
        f.add(text("record.setting", page.pick(t.setting().thaiName(), t.setting().englishName())));
        f.add(date("record.start", t.start()));
        f.add(date("record.end", t.end()));
        f.add(date("record.returned", t.returned()));
        for (TrainingReport report : records.reportsOf(t.id())) {
          f.add(link("record.report", page.date(report.submittedOn()), report.id()));
        }
      }
      case TrainingReport t -> {
        f.add(link("record.training", records.training(t.trainingId()).map(Training::title).orElse(t.trainingId()), t.trainingId()));
        f.add(date("record.submittedOn", t.submittedOn()));
        t.place().ifPresent(v -> f.add(text("entry.field.place", v)));
        t.learned().ifPresent(v -> f.add(text("entry.field.learned", v)));
        t.plannedUse().ifPresent(v -> f.add(text("entry.field.plannedUse", v)));
        for (SignOff s : t.signOffs()) {
          f.add(text("record.signOff", s.position() + " — " + page.date(s.signedOn()) + (s.head() ? " ✓" : "")));
        }
      }
      case SupervisorRating s -> {
        f.add(link("record.training", records.training(s.trainingId()).map(Training::title).orElse(s.trainingId()), s.trainingId()));
        f.add(text("record.before", String.valueOf(s.before())));
        f.add(text("record.after", String.valueOf(s.after())));
        f.add(date("record.ratedOn", s.ratedOn()));
      }
      case KnowledgeAsset a -> {
        f.add(text("record.title", a.title()));
        f.add(text("record.assetKind", page.pickPlain(a.assetKind().thaiName(), a.assetKind().englishName())));
        f.add(text("record.division", a.division().map(this::division).orElse(page.t("record.wholeOrganization"))));
        for (String author : a.authorIds()) {
          f.add(link("record.author", person(author), author));
        }
        f.add(date("record.createdOn", a.createdOn()));
        a.reviewedOn().ifPresent(d -> f.add(date("record.reviewedOn", d)));
        a.publications()
            .forEach(
                p -> f.add(text("record.published", page.pick(p.channel().thaiName(), p.channel().englishName()) + " — " + page.date(p.publishedOn()))));
        f.add(text("record.status", page.pick(a.status().thaiName(), a.status().englishName())));
      }
      case Meeting m -> {
        f.add(text("record.title", m.title()));
        f.add(text("record.meetingKind", page.pick(m.meetingKind().thaiName(), m.meetingKind().englishName())));
        f.add(date("record.date", m.date()));
        f.add(text("record.division", m.division().map(this::division).orElse(page.t("record.wholeOrganization"))));
        f.add(text("record.attendance", String.valueOf(m.attendance())));
        for (String a : m.attendeeIds()) {
          f.add(link("record.attendee", person(a), a));
        }
      }
      case Acknowledgement a -> {
        f.add(link("record.person", person(a.personId()), a.personId()));
        f.add(text("record.topic", page.pick(a.topic().thaiName(), a.topic().englishName())));
        f.add(date("record.date", a.date()));
      }
      case AccessEvent a -> {
        f.add(link("record.asset", records.knowledgeAsset(a.assetId()).map(KnowledgeAsset::title).orElse(a.assetId()), a.assetId()));
        f.add(text("record.channel", page.pick(a.channel().thaiName(), a.channel().englishName())));
        f.add(date("record.date", a.date()));
        f.add(text("record.hits", String.valueOf(a.hits())));
      }
      case Recognition g -> {
        f.add(link("record.person", person(g.personId()), g.personId()));
        f.add(text("record.recognitionKind", page.pickPlain(g.recognitionKind().thaiName(), g.recognitionKind().englishName())));
        f.add(date("record.date", g.date()));
      }
      case ProgressUpdate p -> {
        f.add(text("record.activity", page.t("record.activityRef", p.activity().goal(), p.activity().activity())));
        f.add(date("record.date", p.date()));
        f.add(text("record.percent", p.percent() + "%"));
        f.add(text("record.narrative", p.narrative()));
      }
      case EvaluationReport e -> {
        f.add(date("record.submittedOn", e.submittedOn()));
        f.add(text("record.recipient", e.recipient()));
        f.add(text("record.recommendations", e.recommendations().stream().collect(Collectors.joining("; "))));
      }
      case MonitoringNote n -> {
        f.add(text("entry.field.round", page.pick(n.round().thai(), n.round().toString())));
        f.add(text("entry.field.subject", subject(n)));
        f.add(date("record.date", n.date()));
        f.add(text("entry.field.problems", String.join("; ", n.problems())));
        f.add(text("entry.field.recommendations", String.join("; ", n.recommendations())));
        f.add(text("record.enteredBy", n.enteredBy()));
      }
      default -> {}
    }
    return List.copyOf(f);
  }

  /** What a note is about: the whole plan, goal 2, or activity 2.5. */
  private String subject(MonitoringNote n) {
    if (n.goal().isEmpty()) {
      return page.pick("ภาพรวมของแผน", "the whole plan");
    }
    return n.activityRef()
        .map(a -> page.t("record.activityRef", a.goal(), a.activity()))
        .orElseGet(() -> page.pick("เป้าหมาย KM ที่ ", "KM goal ") + n.goal().getAsInt());
  }

  private String person(String id) {
    return records.staffMember(id).map(StaffMember::name).orElse(id);
  }

  private String division(DivisionCode code) {
    return plan.division(code).map(d -> d.name()).orElse(code.value());
  }

  private Field text(String key, String value) {
    return new Field(page.t(key), value, Optional.empty());
  }

  private Field date(String key, LocalDate value) {
    return text(key, page.date(value));
  }

  private Field link(String key, String value, String id) {
    return new Field(page.t(key), value, records.byId(id).map(r -> href(id)));
  }
}
