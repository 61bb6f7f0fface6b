package th.km.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import th.km.core.account.AccountStore;
import th.km.core.calendar.HolidayCalendar;
import th.km.web.account.AccountAdmin;
import th.km.web.account.AccountPages;
import th.km.web.account.Throttles;
import th.km.web.api.ApiRoutes;
import th.km.web.api.OpenApiDocument;
import th.km.web.assets.AssetPages;
import th.km.web.assets.AssetsApi;
import th.km.web.documents.ReportDownload;
import th.km.web.entry.Entry;
import th.km.web.entry.EntryApi;
import th.km.web.entry.EntryForm;
import th.km.web.audit.AuditPages;
import th.km.web.entry.DeletionPages;
import th.km.web.entry.EntryPages;
import th.km.web.entry.RecordDeletion;
import th.km.web.entry.RecordWritesApi;
import th.km.web.entry.Forms;
import th.km.web.findings.FindingPages;
import th.km.web.findings.FindingsApi;
import th.km.web.http.ErrorHandlers;
import th.km.web.http.JsonBodies;
import th.km.web.http.ServerErrors;
import th.km.web.http.LanguageSelector;
import th.km.web.http.Routes;
import th.km.web.i18n.Messages;
import th.km.web.knowledge.KnowledgeRoutes;
import th.km.web.login.LoginPages;
import th.km.web.login.SessionApi;
import th.km.web.national.NationalApi;
import th.km.web.national.NationalLookup;
import th.km.web.national.NationalPages;
import th.km.web.page.CachedPages;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.documents.DocumentApi;
import th.km.web.documents.DocumentRoutes;
import th.km.web.plan.PlanApi;
import th.km.web.plan.PlanLookup;
import th.km.web.plan.PlanPages;
import th.km.web.plan.PlanVersionPages;
import th.km.web.planedit.PlanDiffPage;
import th.km.web.planedit.PlanEditApi;
import th.km.web.planedit.PlanEditorPages;
import th.km.web.planimport.PendingImports;
import th.km.web.planimport.PlanImportApi;
import th.km.web.planimport.PlanImportPages;
import th.km.web.planimport.PlanReading;
import th.km.web.planimport.DocumentPlanReading;
import th.km.web.planimport.Upload;
import th.km.web.records.RecordPages;
import th.km.web.records.RecordsApi;
import th.km.web.results.ResultPages;
import th.km.web.results.ResultsApi;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;
import th.km.web.security.Csrf;
import th.km.web.security.LoginThrottle;
import th.km.web.security.PasswordHasher;
import th.km.web.security.SecurityHeaders;
import th.km.web.search.SearchRoutes;
import th.km.web.security.SignIn;
import th.km.web.security.SessionCookie;
import th.km.web.security.Sessions;
import th.km.web.staff.StaffPages;
import th.km.web.tables.TablesApi;
import th.km.web.tasks.TaskPages;
import th.km.web.reading.ReadingRoutes;
import th.km.web.trainings.TrainingPages;
import th.km.web.trainings.TrainingsApi;
import th.km.web.year.EvaluationCache;
import th.km.web.year.YearLookup;

/**
 * Builds the km web server: wires the controllers by hand and registers every route with its
 * access rule. It returns the server without starting it, so that {@code Main} and the tests
 * decide the port.
 */
public final class WebApp {

  /** Where the server keeps the list of its routes, for {@link #routes}. */
  private static final Key<List<Routes.Route>> ROUTES = new Key<>("km.routes");

  /** Where the server keeps its evaluations, for {@link #evaluations}. */
  private static final Key<EvaluationCache> EVALUATIONS = new Key<>("km.evaluations");

  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "KMSESSION";

  private WebApp() {}

  /** How many evaluated days the server keeps, over all organizations and years. */
  public static final int EVALUATIONS_KEPT = 512;

  /**
   * The server for the plans alone, as at the start of their years: no record yet, weekends the
   * only days off. Configured but not started.
   */
  public static Javalin create(WebConfig config, PlanSource plans, AccountStore accounts) {
    return create(config, DashboardSource.withoutRecords(plans, HolidayCalendar.none()), accounts);
  }

  /** As {@link #create(WebConfig, PlanSource, AccountStore)}, with the hasher the accounts were made with. */
  public static Javalin create(
      WebConfig config, PlanSource plans, AccountStore accounts, PasswordHasher hasher) {
    return create(config, DashboardSource.withoutRecords(plans, HolidayCalendar.none()), accounts, hasher);
  }

  /** The server for the years and accounts, configured but not started; it keeps nothing new. */
  public static Javalin create(WebConfig config, DashboardSource years, AccountStore accounts) {
    return create(config, years, accounts, new PasswordHasher());
  }

  /** As {@link #create(WebConfig, DashboardSource, AccountStore)}, with the hasher the accounts were made with. */
  public static Javalin create(
      WebConfig config, DashboardSource years, AccountStore accounts, PasswordHasher hasher) {
    return create(config, Backend.readOnly(years, accounts), hasher, r -> {});
  }

  /** The server that reads and writes the backend, configured but not started. */
  public static Javalin create(WebConfig config, Backend backend, PasswordHasher hasher) {
    return create(config, backend, hasher, r -> {});
  }

  /**
   * As {@link #create(WebConfig, Backend, PasswordHasher)}, with more routes registered after km's
   * own, such as the hello-world route the benchmark compares with.
   */
  public static Javalin create(
      WebConfig config, Backend backend, PasswordHasher hasher, Consumer<Routes> moreRoutes) {
    DashboardSource years = backend.years();
    AccountStore accounts = backend.accounts();
    Messages messages = Messages.load();
    Templates templates = new Templates();
    Csrf csrf = new Csrf(config.https());
    Sessions sessions = new Sessions(accounts, csrf);
    Clock clock = config.clock();
    SignIn signIn =
        new SignIn(
            accounts, hasher, new LoginThrottle(config.maxLoginFailures(), config.loginWindow(), clock));
    PageFactory pages = new PageFactory(messages, sessions, csrf);
    PlanLookup lookup = new PlanLookup(years);
    EvaluationCache evaluations = new EvaluationCache(years, EVALUATIONS_KEPT);
    YearLookup yearLookup = new YearLookup(evaluations, config);
    ObjectMapper json = jsonMapper();

    SecurityHeaders headers = new SecurityHeaders(config.https());
    LanguageSelector language = new LanguageSelector(config.https());
    AccessGuard guard = new AccessGuard(sessions, csrf);
    ErrorHandlers errors = new ErrorHandlers(messages, pages, templates);

    LoginPages login = new LoginPages(signIn, sessions, pages, templates);
    SessionApi sessionApi = new SessionApi(signIn, sessions, csrf, json);
    PlanPages planPages =
        new PlanPages(config, lookup, yearLookup, pages, templates, ReadingRoutes.activityKnowledge(backend));
    PlanApi planApi = new PlanApi(config, lookup);
    Throttles throttles = new Throttles(accounts, signIn.throttle(), sessions);
    AccountPages accountPages = new AccountPages(config, accounts, lookup, pages, templates, throttles);
    AccountAdmin accountAdmin = new AccountAdmin(accounts, years, hasher, sessions, accountPages);
    DocumentApi documents = new DocumentApi(config, lookup, backend.approvals());
    CachedPages cachedPages = new CachedPages(pages, templates, sessions, csrf);
    ResultPages resultPages = new ResultPages(yearLookup, pages, templates, cachedPages, documents::published);
    ResultsApi resultsApi = new ResultsApi(yearLookup, json);
    TrainingPages trainingPages = new TrainingPages(yearLookup, pages, templates);
    TrainingsApi trainingsApi = new TrainingsApi(yearLookup);
    AssetPages assetPages = new AssetPages(yearLookup, pages, templates);
    AssetsApi assetsApi = new AssetsApi(yearLookup);
    FindingPages findingPages = new FindingPages(yearLookup, pages, templates);
    FindingsApi findingsApi = new FindingsApi(yearLookup);
    TablesApi tablesApi = new TablesApi(yearLookup, sessions);
    RecordPages recordPages = new RecordPages(yearLookup, pages, templates, sessions);
    StaffPages staffPages = new StaffPages(yearLookup, sessions, pages, templates);
    TaskPages taskPages =
        new TaskPages(
            yearLookup, evaluations, accounts, config, sessions, pages, templates, ReadingRoutes.tasks(backend));
    Optional<ReadingRoutes.Handlers> reading = ReadingRoutes.handlers(backend, config, lookup, sessions, pages, templates);
    RecordsApi recordsApi = new RecordsApi(yearLookup, messages);
    Entry entry = new Entry(backend.commands(), evaluations);
    EntryPages entryPages = new EntryPages(entry, config, sessions, pages, templates);
    EntryApi entryApi = new EntryApi(entry, config, sessions, messages, json);
    RecordDeletion recordDeletion = new RecordDeletion(backend.commands(), evaluations);
    AuditPages auditPages = new AuditPages(yearLookup, backend.audit(), pages, templates);
    DeletionPages deletionPages = new DeletionPages(entryPages, recordDeletion, sessions, pages, templates);
    RecordWritesApi recordWritesApi = new RecordWritesApi(entry, recordDeletion, entryApi);
    PlanVersionPages planVersions =
        new PlanVersionPages(config, lookup, backend.approvals(), evaluations, sessions, pages, templates);
    PlanReading planReading = new DocumentPlanReading();
    PlanImportPages planImports =
        new PlanImportPages(
            planReading, new PendingImports(), years, backend.approvals(), evaluations, sessions, pages, templates);
    PlanImportApi planImportApi = new PlanImportApi(planReading, json);
    PlanEditorPages planEditor =
        new PlanEditorPages(config, years, backend.approvals(), evaluations, sessions, pages, templates);
    PlanEditApi planEditApi =
        new PlanEditApi(config, lookup, backend.approvals(), evaluations, sessions, messages, json);
    PlanDiffPage planDiff = new PlanDiffPage(planEditApi, pages, templates);
    NationalLookup national = new NationalLookup(backend.results(), config);
    NationalPages nationalPages = new NationalPages(national, pages, templates);
    NationalApi nationalApi = new NationalApi(national);
    // A write to the knowledge base changes the asset's record of the year: the indicators see it.
    backend.knowledge().ifPresent(k -> k.addListener((o, y, id) -> evaluations.changed(o, y)));
    KnowledgeRoutes.Handlers knowledge =
        KnowledgeRoutes.handlers(
            backend.knowledge(), lookup, sessions, clock, pages, templates,
            reading.map(ReadingRoutes.Handlers::readings), messages, json);
    AtomicReference<String> openApi = new AtomicReference<>("");

    return Javalin.create(
        c -> {
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.jsonMapper(new JavalinJackson(json, false));
          c.staticFiles.add(
              s -> {
                s.hostedPath = "/static";
                s.directory = "/th/km/web/static";
                s.location = Location.CLASSPATH;
                s.roles = Set.of(Access.PUBLIC);
              });
          c.http.prefer405over404 = true;
          c.http.maxRequestSize = JsonBodies.MAX_BYTES;
          ServerErrors serverErrors = new ServerErrors(messages, json, headers);
          c.jetty.modifyServer(server -> server.setErrorHandler(serverErrors));
          if (config.https()) {
            // km speaks HTTPS only through a proxy: trust its X-Forwarded-Proto and -For, so that the
            // request is secure and the client address (throttle, log) is the browser's, not the proxy's.
            c.jetty.modifyHttpConfiguration(h -> h.addCustomizer(new ForwardedRequestCustomizer()));
          }
          // The parser's limits only stop a body without Content-Length: Upload refuses the rest
          // first, with a message that says the limit, and checks the file's own size.
          c.jetty.multipartConfig.maxFileSize(Upload.MAX_REQUEST_BYTES, SizeUnit.BYTES);
          c.jetty.multipartConfig.maxTotalRequestSize(Upload.MAX_REQUEST_BYTES, SizeUnit.BYTES);
          c.jetty.modifyServletContextHandler(
              h -> {
                h.setSessionHandler(
                    SessionCookie.handler(SESSION_COOKIE, config.https(), config.sessionTimeout()));
                h.setErrorHandler(serverErrors);
              });
          c.routes.before(
              ctx -> {
                headers.apply(ctx);
                language.select(ctx);
                Upload.refuseOversized(ctx);
              });
          c.routes.beforeMatched(guard::check);
          // A body no handler read (a DELETE with a body, a form over the size limit) is read and
          // dropped before the answer goes out: else the connection closes under a client still
          // sending, and it sees no answer at all.
          c.routes.after(AccessGuard::drainBody);
          errors.register(c.routes);

          Routes r = new Routes(c.routes);
          r.get("/", Access.PUBLIC, login::home);
          r.get("/login", Access.PUBLIC, login::show);
          r.post("/login", Access.PUBLIC, login::submit);
          r.post("/logout", Access.SIGNED_IN, login::logout);

          // Javalin tries a method's routes in order, one regular expression each: the answers asked
          // for most (the overview, the public page, the results API) come first (RouteAccessTest).
          String org = "/organizations/{" + AccessGuard.ORGANIZATION + "}";
          r.get(org + "/overview", Access.SIGNED_IN, resultPages::overview);
          // The index's writer holds a lock on its folder: a server stopped lets the next one write it.
          c.events.serverStopped(SearchRoutes.register(r, backend.search(), yearLookup, sessions, pages, templates)::close);
          // Before the public results page, so that "knowledge" is never read as a year.
          ReadingRoutes.registerPortal(r, reading);
          r.get(
              "/public/{" + AccessGuard.ORGANIZATION + "}/{" + ResultPages.YEAR + "}",
              Access.PUBLIC,
              resultPages::publicPage);
          String nation = "/national/{" + NationalLookup.YEAR + "}";
          r.get(nation, Access.PUBLIC, nationalPages::nation);
          r.get(nation + "/provinces/{" + NationalLookup.PROVINCE + "}", Access.PUBLIC, nationalPages::province);

          ApiRoutes.register(
              r,
              new ApiRoutes.Handlers(
                  sessionApi, planApi, resultsApi, trainingsApi, assetsApi, findingsApi, tablesApi, recordsApi,
                  entryApi, planVersions, planImportApi, planEditApi, throttles, nationalApi, messages,
                  ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi.get()),
                  recordWritesApi));
          r.get(org + "/indicators/{" + ResultPages.INDICATOR + "}", Access.SIGNED_IN, resultPages::indicator);
          r.get(org + "/trainings", Access.SIGNED_IN, trainingPages::list);
          r.get(org + "/assets", Access.SIGNED_IN, assetPages::list);
          r.get(org + "/findings", Access.SIGNED_IN, findingPages::list);
          r.get(org + "/staff", Access.READER, staffPages::list);
          r.get(org + "/tasks", Access.SIGNED_IN, taskPages::list);
          r.post(org + "/tasks/calendar", Access.SIGNED_IN, taskPages::newFeed);
          r.post(org + "/tasks/calendar/revoke", Access.SIGNED_IN, taskPages::revokeFeed);
          r.get(
              "/calendar/{" + TaskPages.USERNAME + "}/{" + TaskPages.TOKEN + "}/km.ics",
              Access.PUBLIC,
              taskPages::feed);
          r.get(org + "/records/<" + RecordPages.ID + ">", Access.SIGNED_IN, recordPages::record);
          r.get(org + "/action-plan", Access.SIGNED_IN, planPages::actionPlan);
          r.get(org + "/committees", Access.SIGNED_IN, planPages::committees);
          r.get(org + "/knowledge-map", Access.SIGNED_IN, planPages::knowledgeMap);
          r.get(org + "/scopes", Access.SIGNED_IN, planPages::scopes);
          r.get(org + "/accounts", Access.SECRETARY, accountPages::list);
          r.post(org + "/accounts", Access.SECRETARY, accountAdmin::create);
          String account = org + "/accounts/{" + AccountAdmin.USERNAME + "}";
          r.post(account + "/password", Access.SECRETARY, accountAdmin::resetPassword);
          r.post(account + "/deactivate", Access.SECRETARY, accountAdmin::deactivate);
          r.post(account + "/activate", Access.SECRETARY, accountAdmin::activate);
          r.post(
              org + "/accounts/{" + Throttles.USERNAME + "}/lift-throttle", Access.SECRETARY, throttles::liftPage);
          r.get(org + "/" + EntryPages.PATH, Access.SIGNED_IN, entryPages::index);
          for (EntryForm form : Forms.all()) {
            String path = org + "/" + EntryPages.PATH + "/" + form.slug();
            r.get(path, form.access(), entryPages.show(form));
            r.post(path, form.access(), entryPages.submit(form));
          }
          r.get(org + "/audit", Access.PLANNER, auditPages::list);
          r.get(org + "/" + DeletionPages.DELETE, Access.SIGNED_IN, deletionPages::confirm);
          r.post(org + "/" + DeletionPages.DELETE, Access.SIGNED_IN, deletionPages::delete);
          r.get(org + "/" + DeletionPages.DELETED, Access.SECRETARY, deletionPages::list);
          r.post(org + "/" + DeletionPages.DELETED + "/restore", Access.SECRETARY, deletionPages::restore);
          r.get(org + "/plan", Access.SIGNED_IN, planVersions::list);
          r.get(
              org + "/plan/versions/{" + PlanVersionPages.NUMBER + "}/approve",
              Access.APPROVER,
              planVersions::confirm);
          r.get(org + "/plan/compare", Access.SIGNED_IN, planDiff::show);
          r.get(org + "/plan/edit", Access.PLANNER, planEditor::show);
          r.post(org + "/plan/edit", Access.PLANNER, planEditor::save);
          r.post(org + "/plan/edit/start", Access.PLANNER, planEditor::start);
          r.post(
              org + "/plan/versions/{" + PlanVersionPages.NUMBER + "}/approve",
              Access.APPROVER,
              planVersions::approve);
          r.get(org + "/plan/import", Access.PLANNER, planImports::form);
          r.post(org + "/plan/import", Access.PLANNER, planImports::upload);
          r.get(org + "/plan/import/review", Access.PLANNER, planImports::review);
          r.post(org + "/plan/import/review", Access.PLANNER, planImports::save);
          ReadingRoutes.register(r, reading);
          DocumentRoutes.register(r, documents);
          KnowledgeRoutes.register(r, knowledge);
          new ReportDownload(yearLookup).register(r);
          ReadingRoutes.registerPortalAsset(r, reading);
          moreRoutes.accept(r);

          List<Routes.Route> all = r.all();
          openApi.set(write(json, OpenApiDocument.build(all, json)));
          c.appData(ROUTES, all);
          c.appData(EVALUATIONS, evaluations);
        });
  }

  /**
   * The evaluations the server keeps. Whatever writes a year's plan or records in the server's
   * source calls {@link EvaluationCache#changed} on it after the write.
   */
  public static EvaluationCache evaluations(Javalin app) {
    return app.unsafe.appDataManager.get(EVALUATIONS);
  }

  /** Every route of a server made by {@link #create}, with its access rule. */
  public static List<Routes.Route> routes(Javalin app) {
    return app.unsafe.appDataManager.get(ROUTES);
  }

  private static ObjectMapper jsonMapper() {
    return JsonBodies.strict(
        JavalinJackson.defaultMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL));
  }

  private static String write(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the OpenAPI document always serializes", e);
    }
  }
}
