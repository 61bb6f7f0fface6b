package th.km.web.reading;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.plan.KmPlan;
import th.km.core.records.ActivityRef;
import th.km.web.tasks.Task;
import java.util.function.Function;
import th.km.web.http.WebError;
import th.km.web.Backend;
import th.km.web.WebConfig;
import th.km.web.knowledge.MarkdownView;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;
import th.km.web.security.Sessions;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;

/**
 * Every route of reading the knowledge base: the public portal, the reading forms of an asset's
 * page, the portal's setting, the templates, and the reading endpoints of the API.
 */
public final class ReadingRoutes {

  /**
   * The controllers.
   *
   * @param portal the public portal
   * @param pages the reading forms and the portal's setting
   * @param templates new AARs and stories
   * @param api the API's reading endpoints
   * @param readings what an asset's page shows of its reading
   */
  public record Handlers(
      PortalPages portal, ReadingPages pages, TemplateStart templates, ReadingApi api, Readings readings) {}

  private ReadingRoutes() {}

  /** The controllers, wired by hand; empty for a backend without a knowledge base. */
  public static Optional<Handlers> handlers(
      Backend backend, WebConfig config, PlanLookup lookup, Sessions sessions, PageFactory pages,
      Templates templates) {
    return backend.knowledge().flatMap(
        store -> backend.reading().map(
            k -> handlers(store, k, backend, config, lookup, sessions, pages, templates)));
  }

  /** The AARs and stories of each activity, for the action plan; none without a knowledge base. */
  public static Function<KmPlan, Map<ActivityRef, List<ActivityKnowledge.Linked>>> activityKnowledge(
      Backend backend) {
    return backend.reading()
        .<Function<KmPlan, Map<ActivityRef, List<ActivityKnowledge.Linked>>>>map(
            k -> new ActivityKnowledge(k, backend.years())::of)
        .orElse(plan -> Map.of());
  }

  /** The mandatory readings an account owes, for "my tasks"; none without a knowledge base. */
  public static Function<Account, List<Task>> tasks(Backend backend) {
    return backend.reading()
        .<Function<Account, List<Task>>>map(k -> new ReadingTasks(k, backend.years())::of)
        .orElse(a -> List.of());
  }

  private static Handlers handlers(
      KnowledgeStore store, ReadingBackend k, Backend backend, WebConfig config, PlanLookup lookup,
      Sessions sessions, PageFactory pages, Templates templates) {
    Readings readings = new Readings(k, backend.accounts(), config, sessions);
    ReadingPages readingPages =
        new ReadingPages(k, store, backend.years(), sessions, pages, templates, config.clock());
    return new Handlers(
        new PortalPages(
            lookup, backend.years(), store, k, new PortalAuthors(backend.years()), MarkdownView::html, config,
            sessions, pages, templates),
        readingPages,
        new TemplateStart(store, k, backend.commands(), backend.years(), sessions),
        new ReadingApi(readings, readingPages, backend.accounts(), sessions, config.clock()),
        readings);
  }

  /**
   * Registers the public portal's list; call before the public results page's {@code
   * /public/{org}/{year}}, so that {@code knowledge} is never read as a year.
   */
  public static void registerPortal(Routes r, Optional<Handlers> handlers) {
    r.get(PORTAL, Access.PUBLIC, or(handlers, h -> h.portal()::list));
  }

  /**
   * Registers the portal's asset page; call after every other route, so that a page under the
   * portal with a name of its own (its search, {@code /public/{org}/knowledge/search}) is never
   * read as an asset.
   */
  public static void registerPortalAsset(Routes r, Optional<Handlers> handlers) {
    r.get(PORTAL + "/{" + AssetParams.ASSET + "}", Access.PUBLIC, or(handlers, h -> h.portal()::asset));
  }

  private static final String PORTAL = "/public/{" + AccessGuard.ORGANIZATION + "}/knowledge";

  /**
   * The handler of the controllers, or, on a server without a knowledge base (no database), one
   * that answers 404 saying so: the routes and their access rules are the same either way.
   */
  private static Handler or(Optional<Handlers> handlers, Function<Handlers, Handler> handler) {
    return handlers.<Handler>map(handler).orElse(ReadingRoutes::unavailable);
  }

  private static void unavailable(Context ctx) {
    throw WebError.notFound("reading.unavailable");
  }

  /** Registers the organization's reading routes and the API's. */
  public static void register(Routes r, Optional<Handlers> h) {
    String knowledge = "/organizations/{" + AccessGuard.ORGANIZATION + "}/knowledge";
    String asset = knowledge + "/{" + AssetParams.ASSET + "}";
    r.post(asset + "/acknowledge", Access.SIGNED_IN, or(h, x -> x.pages()::acknowledge));
    r.post(asset + "/mandatory", Access.SECRETARY, or(h, x -> x.pages()::mandatory));
    r.get(knowledge + "/portal", Access.SECRETARY, or(h, x -> x.pages()::portalSetting));
    r.post(knowledge + "/portal", Access.SECRETARY, or(h, x -> x.pages()::savePortalSetting));
    r.post(knowledge + "/from-template", Access.EDITOR, or(h, x -> x.templates()::start));

    String api = "/api/v1/organizations/{" + AccessGuard.ORGANIZATION + "}";
    String apiAsset = api + "/knowledge/{" + AssetParams.ASSET + "}";
    assetOperation(r, HandlerType.POST, apiAsset + "/reads", or(h, x -> x.api()::read),
        "readKnowledgeAsset",
        "Count the signed-in account's read of a published asset, once a day (result COUNTED, or ALREADY_COUNTED when it was today, or NO_PLAN_OF_THE_DAYS_YEAR when today's fiscal year has no plan to count it in); the asset's accesses in today's fiscal year (readsYear).",
        "นับการอ่านองค์ความรู้ที่เผยแพร่แล้วของผู้ใช้ วันละครั้ง (COUNTED นับแล้ว ALREADY_COUNTED นับไปแล้ววันนี้ NO_PLAN_OF_THE_DAYS_YEAR ปีงบประมาณของวันนี้ยังไม่มีแผน) และจำนวนการเข้าถึงในปีงบประมาณของวันนี้",
        "ReadCount");
    assetOperation(r, HandlerType.GET, apiAsset + "/readers", or(h, x -> x.api()::readers),
        "getKnowledgeReaders",
        "An asset's accesses in today's fiscal year and, when it is mandatory reading, who has read and acknowledged it and who has not yet.",
        "จำนวนการเข้าถึงองค์ความรู้ในปีงบประมาณของวันนี้ และหากเป็นเอกสารที่ต้องอ่าน ผู้ที่อ่านและรับทราบแล้วกับผู้ที่ยังไม่อ่าน",
        "Readers");
    assetOperation(r, HandlerType.POST, apiAsset + "/acknowledgement", or(h, x -> x.api()::acknowledge),
        "acknowledgeKnowledgeAsset",
        "The signed-in account acknowledges having read the asset; new is false when it had already.",
        "ผู้ใช้รับทราบว่าได้อ่านองค์ความรู้แล้ว (new เป็น false เมื่อเคยรับทราบแล้ว)",
        "ReadingAcknowledgement");
    r.api(HandlerType.GET, api + "/mandatory-readings", Access.SIGNED_IN, or(h, x -> x.api()::mandatory),
        ApiOperation.read(
            "listMandatoryReadings",
            "The organization's mandatory readings, each saying whether the signed-in account still owes it.",
            "เอกสารที่ต้องอ่านขององค์กร แต่ละรายการบอกว่าผู้ใช้ยังต้องอ่านและรับทราบหรือไม่",
            "MandatoryReadings"));
  }

  /**
   * An API operation of a signed-in account on one asset, which names its fiscal year in
   * {@code ?year=}; described in English and Thai, answering the schema.
   */
  private static void assetOperation(
      Routes r, HandlerType method, String path, Handler handler, String operationId, String english,
      String thai, String schema) {
    r.api(method, path, Access.SIGNED_IN, handler,
        ApiOperation.read(operationId, english, thai, schema).query("year"));
  }
}
