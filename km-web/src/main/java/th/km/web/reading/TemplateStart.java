package th.km.web.reading;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.OptionalInt;
import th.km.core.account.Account;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.ThaiDigits;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.Versioned;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeType;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.PlanActivity;
import th.km.core.reading.AssetRef;
import th.km.core.reading.KnowledgeTemplates;
import th.km.core.reading.StartingText;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.RecordKind;
import th.km.web.DashboardSource;
import th.km.web.http.LanguageSelector;
import th.km.web.http.WebError;
import th.km.web.i18n.Language;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/**
 * "New AAR" and "new story" ({@code POST /organizations/{org}/knowledge/from-template}, fields
 * {@code kind} = {@code AFTER_ACTION_REVIEW} or {@code STORY}, {@code year}, {@code activity} =
 * {@code GOAL.ACTIVITY}): starts a draft asset from the template about the plan activity, owned by
 * the account's division with its person as the author, linked to the activity, and opens it.
 */
public final class TemplateStart {

  private final KnowledgeStore knowledge;
  private final ReadingBackend reading;
  private final RecordCommands records;
  private final DashboardSource years;
  private final Sessions sessions;

  public TemplateStart(
      KnowledgeStore knowledge, ReadingBackend reading, RecordCommands records, DashboardSource years,
      Sessions sessions) {
    this.knowledge = knowledge;
    this.reading = reading;
    this.records = records;
    this.years = years;
    this.sessions = sessions;
  }

  /** {@code POST /organizations/{org}/knowledge/from-template}. */
  public void start(Context ctx) {
    OrganizationCode org = PlanLookup.organizationOf(ctx);
    Account account = sessions.current(ctx).orElseThrow();
    AssetKind kind = kind(field(ctx, "kind"));
    FiscalYear year = year(field(ctx, "year"));
    KmPlan plan =
        years.plan(org, year)
            .orElseThrow(() -> WebError.notFound("error.planNotFound", org.value(), year.buddhistYear()));
    ActivityRef ref = activityRef(field(ctx, "activity"));
    PlanActivity activity =
        Readings.activity(plan, ref)
            .orElseThrow(() -> bad("template.noActivity", ref.toString()));
    StartingText text = KnowledgeTemplates.about(kind, ref, activity.name());
    KnowledgeDraft draft =
        KnowledgeDraft.builder()
            .title(text.title().length() > 300 ? text.title().substring(0, 299) + "…" : text.title())
            .body(text.body())
            .kind(kind)
            .division(account.division().filter(d -> plan.division(d).isPresent()))
            .step(activity.step() instanceof KmProcessStep s ? Optional.of(s) : Optional.empty())
            .knowledgeType(KnowledgeType.TACIT)
            .changeNote(kind == AssetKind.STORY ? "เริ่มจากแม่แบบเรื่องเล่า" : "เริ่มจากแม่แบบ AAR")
            .build();
    Actor by = ReadingPages.actor(ctx, account);
    KnowledgeWrite write = knowledge.create(org, year, draft, by);
    if (!(write instanceof KnowledgeWrite.Saved saved)) {
      String reasons =
          write instanceof KnowledgeWrite.Refused r
              ? String.join(
                  "; ",
                  r.reasons().stream()
                      .map(t -> LanguageSelector.of(ctx) == Language.TH ? t.th() : t.en())
                      .toList())
              : "";
      throw bad("template.refused", reasons);
    }
    AssetRef asset = new AssetRef(year, saved.content().assetId());
    reading.links().linkActivity(org, asset, ref, by);
    account.staffId().ifPresent(person -> addAuthor(RecordBook.of(org, year), asset.assetId(), person, by));
    ctx.redirect(KnowledgePaths.asset(org, asset), HttpStatus.SEE_OTHER);
  }

  /** Names the account's person as the author, when the year's records know the person. */
  private void addAuthor(RecordBook book, String assetId, String person, Actor by) {
    if (records.find(book, RecordKind.STAFF, person).isEmpty()) {
      return;
    }
    Optional<Versioned> stored = records.find(book, RecordKind.KNOWLEDGE_ASSET, assetId);
    stored.ifPresent(
        v ->
            records.correct(
                book, ((KnowledgeAsset) v.record()).withAuthorIds(person), v.version(), by));
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  private static AssetKind kind(String value) {
    if (value.equals(AssetKind.AFTER_ACTION_REVIEW.name())) {
      return AssetKind.AFTER_ACTION_REVIEW;
    }
    if (value.equals(AssetKind.STORY.name())) {
      return AssetKind.STORY;
    }
    throw bad("template.badKind", ReadingPages.cut(value));
  }

  private static FiscalYear year(String value) {
    OptionalInt n = ThaiDigits.parseInt(value);
    if (n.isEmpty() || n.getAsInt() < 2400 || n.getAsInt() > 2700) {
      throw bad("error.badYear", ReadingPages.cut(value));
    }
    return FiscalYear.ofBuddhistYear(n.getAsInt());
  }

  private static ActivityRef activityRef(String value) {
    String[] parts = value.split("\\.", -1);
    if (parts.length == 2) {
      OptionalInt goal = ThaiDigits.parseInt(parts[0]);
      OptionalInt activity = ThaiDigits.parseInt(parts[1]);
      if (goal.isPresent() && activity.isPresent() && goal.getAsInt() >= 1 && activity.getAsInt() >= 1) {
        return new ActivityRef(goal.getAsInt(), activity.getAsInt());
      }
    }
    throw bad("template.badActivity", ReadingPages.cut(value));
  }

  private static WebError bad(String key, Object... args) {
    return new WebError(HttpStatus.UNPROCESSABLE_CONTENT, "bad-template", key, args);
  }
}
