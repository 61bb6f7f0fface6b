package th.km.web.reading;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.function.Function;
import th.km.web.http.WebError;
import th.km.web.Backend;
import th.km.web.WebConfig;
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
   */
  public record Handlers(PortalPages portal, ReadingPages pages, TemplateStart templates, ReadingApi api) {}

  private ReadingRoutes() {}

  /** The controllers of the knowledge backend, wired by hand. */
  public static Handlers handlers(
      Backend.KnowledgeBackend k, Backend backend, WebConfig config, PlanLookup lookup, Sessions sessions,
      PageFactory pages, Templates templates) {
    Readings readings = new Readings(k.reading(), backend.accounts(), config, sessions);
    ReadingPages readingPages =
        new ReadingPages(k.reading(), backend.years(), sessions, pages, templates, config.clock());
    return new Handlers(
        new PortalPages(
            lookup, backend.years(), k.store(), k.reading(), new PortalAuthors(backend.years()), PortalPages.ESCAPED_TEXT, config,
            sessions, pages, templates),
        readingPages,
        new TemplateStart(k.store(), k.reading(), backend.commands(), backend.years(), sessions),
        new ReadingApi(readings, readingPages, backend.accounts(), sessions, config.clock()));
  }

  /**
   * Registers the public portal's routes; call before the public results page's {@code
   * /public/{org}/{year}}, so that {@code knowledge} is never read as a year.
   */
  public static void registerPortal(Routes r, Optional<Handlers> handlers) {
    String pub = "/public/{" + AccessGuard.ORGANIZATION + "}/knowledge";
    r.get(pub, Access.PUBLIC, or(handlers, h -> h.portal()::list));
    r.get(pub + "/{" + AssetParams.ASSET + "}", Access.PUBLIC, or(handlers, h -> h.portal()::asset));
  }

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
    r.api(HandlerType.POST, apiAsset + "/reads", Access.SIGNED_IN, or(h, x -> x.api()::read),
        ApiOperation.read(
            "readKnowledgeAsset",
            "Count the signed-in account's read of a published asset, once a day (result COUNTED, or ALREADY_COUNTED when it was today); the asset's accesses now.",
            "นับการอ่านองค์ความรู้ที่เผยแพร่แล้วของผู้ใช้ วันละครั้ง (COUNTED นับแล้ว ALREADY_COUNTED นับไปแล้ววันนี้) และจำนวนการเข้าถึงขณะนี้",
            "ReadCount").query("year"));
    r.api(HandlerType.GET, apiAsset + "/readers", Access.SIGNED_IN, or(h, x -> x.api()::readers),
        ApiOperation.read(
            "getKnowledgeReaders",
            "An asset's accesses and, when it is mandatory reading, who has read and acknowledged it and who has not yet.",
            "จำนวนการเข้าถึงองค์ความรู้ และหากเป็นเอกสารที่ต้องอ่าน ผู้ที่อ่านและรับทราบแล้วกับผู้ที่ยังไม่อ่าน",
            "Readers").query("year"));
    r.api(HandlerType.POST, apiAsset + "/acknowledgement", Access.SIGNED_IN, or(h, x -> x.api()::acknowledge),
        ApiOperation.read(
            "acknowledgeKnowledgeAsset",
            "The signed-in account acknowledges having read the asset; new is false when it had already.",
            "ผู้ใช้รับทราบว่าได้อ่านองค์ความรู้แล้ว (new เป็น false เมื่อเคยรับทราบแล้ว)",
            "ReadingAcknowledgement").query("year"));
    r.api(HandlerType.GET, api + "/mandatory-readings", Access.SIGNED_IN, or(h, x -> x.api()::mandatory),
        ApiOperation.read(
            "listMandatoryReadings",
            "The organization's mandatory readings, each saying whether the signed-in account still owes it.",
            "เอกสารที่ต้องอ่านขององค์กร แต่ละรายการบอกว่าผู้ใช้ยังต้องอ่านและรับทราบหรือไม่",
            "MandatoryReadings"));
  }
}
