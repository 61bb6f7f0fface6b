package th.km.web.api;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import io.javalin.http.HandlerType;
import th.km.web.assets.AssetsApi;
import th.km.web.account.Throttles;
import th.km.web.entry.EntryApi;
import th.km.web.entry.EntryForm;
import th.km.web.entry.Forms;
import th.km.web.entry.RecordWritesApi;
import th.km.web.findings.FindingsApi;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.national.NationalApi;
import th.km.web.login.SessionApi;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;
import th.km.web.plan.PlanApi;
import th.km.web.plan.PlanVersionPages;
import th.km.web.planedit.PlanEditApi;
import th.km.web.planimport.PlanImportApi;
import th.km.web.records.RecordsApi;
import th.km.web.results.ResultPages;
import th.km.web.results.ResultsApi;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;
import th.km.persistence.tables.TableFormat;
import th.km.web.tables.TablesApi;
import th.km.web.trainings.TrainingsApi;

/**
 * Every route of the JSON API under {@code /api/v1}, with its access rule and what the OpenAPI
 * document says of it. The resources of an organization sit under {@code
 * /api/v1/organizations/{org}/} and take the same roles as the pages that show them.
 */
public final class ApiRoutes {

  /** The controllers that answer the API's routes. */
  public record Handlers(
      SessionApi session,
      PlanApi plan,
      ResultsApi results,
      TrainingsApi trainings,
      AssetsApi assets,
      FindingsApi findings,
      TablesApi tables,
      RecordsApi records,
      EntryApi entry,
      PlanVersionPages planVersions,
      PlanImportApi planImports,
      PlanEditApi planEdits,
      Throttles throttles,
      NationalApi national,
      Messages messages,
      Handler openApi,
      RecordWritesApi recordWrites) {}

  private ApiRoutes() {}

  /** Registers the routes. */
  public static void register(Routes r, Handlers h) {
    String session = "/api/v1/session";
    r.api(
        HandlerType.GET, session, Access.PUBLIC, h.session()::show,
        ApiOperation.read("getSession", "Who is signed in, with the CSRF token of the session.", "ผู้ที่เข้าสู่ระบบอยู่ และโทเคน CSRF ของเซสชัน", "Session"));
    r.postJsonWithoutCsrf(
        session, Access.PUBLIC, h.session()::create,
        ApiOperation.read("signIn", "Sign in with a username and password; the answer carries the CSRF token.", "เข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่าน คำตอบมีโทเคน CSRF", "Session")
            .body("Credentials"));
    r.api(
        HandlerType.DELETE, session, Access.SIGNED_IN, h.session()::delete,
        ApiOperation.read("signOut", "Sign out.", "ออกจากระบบ", "Session").noContent(204));

    String api = "/api/v1/organizations/{" + AccessGuard.ORGANIZATION + "}";
    get(r, api + "/committees", Access.SIGNED_IN, h.plan()::committees,
        ApiOperation.read("listCommittees", "The plan's KM and M&E committees.", "คณะกรรมการจัดการความรู้และคณะกรรมการติดตามและประเมินผลตามแผน", "Committees")
            .query("year"));
    get(r, api + "/knowledge-map", Access.SIGNED_IN, h.plan()::knowledgeMap,
        ApiOperation.read("listKnowledgeNeeds", "Form 1: the knowledge each strategic activity needs, by division.", "แบบฟอร์มที่ ๑ องค์ความรู้ที่จำเป็นตามกิจกรรมเชิงยุทธศาสตร์ แยกตามส่วนราชการ", "KnowledgeMap")
            .query("year"));
    get(r, api + "/scopes", Access.SIGNED_IN, h.plan()::scopes,
        ApiOperation.read("listScopes", "The plan's KM scopes.", "ขอบเขตการจัดการความรู้ตามแผน", "Scopes").query("year"));
    get(r, api + "/action-plan", Access.SIGNED_IN, h.plan()::actionPlan,
        ApiOperation.read("getActionPlan", "The KM goals with their activities, as planned.", "เป้าหมาย KM และกิจกรรมตามแผน", "ActionPlan")
            .query("year"));
    get(r, api + "/results", Access.SIGNED_IN, h.results()::results,
        ApiOperation.read("getResults", "Every indicator evaluated as of a day, with the roll-ups and the records behind each number.", "ผลการประเมินตัวชี้วัดทุกตัว ณ วันที่กำหนด พร้อมผลรวมและบันทึกที่นับ", "Results")
            .query("year", "asOf"));
    get(r, api + "/results/{" + ResultPages.INDICATOR + "}", Access.SIGNED_IN, h.results()::indicator,
        ApiOperation.read("getResult", "One indicator evaluated as of a day, with the records it counted.", "ผลการประเมินตัวชี้วัดหนึ่งตัว พร้อมบันทึกที่นับ", "IndicatorDetail")
            .query("year", "asOf"));
    get(r, api + "/public", Access.PUBLIC, h.results()::publicResults,
        ApiOperation.read("getPublicResults", "The results for the public: no login, no record named.", "ผลการดำเนินงานสำหรับประชาชน ไม่ต้องเข้าสู่ระบบ ไม่ระบุบันทึกรายบุคคล", "Results")
            .query("year", "asOf"));
    get(r, api + "/trainings", Access.SIGNED_IN, h.trainings()::list,
        ApiOperation.read("listTrainings", "Trainings with their report's due day, status and sign-offs; overdue first.", "การฝึกอบรม วันครบกำหนดส่งรายงาน สถานะ และการลงนามตามลำดับชั้น เรียงรายการเลยกำหนดก่อน", "Trainings")
            .query("year", "asOf"));
    get(r, api + "/assets", Access.SIGNED_IN, h.assets()::list,
        ApiOperation.read("listAssets", "Knowledge assets by division: status, channels, accesses.", "องค์ความรู้แยกตามส่วนราชการ สถานะ ช่องทางเผยแพร่ และจำนวนการเข้าถึง", "Assets")
            .query("year", "asOf"));
    get(r, api + "/findings", Access.SIGNED_IN, h.findings()::list,
        ApiOperation.read("listFindings", "What the plan checker found in the plan, most severe first.", "ข้อบกพร่องที่ตรวจพบในแผน เรียงจากร้ายแรงที่สุด", "Findings")
            .query("year"));
    get(r, api + "/tables/{" + TablesApi.NAME + "}", Access.SIGNED_IN, h.tables()::download,
        ApiOperation.file("getTable", "A table of the dashboard as a file: results, trainings, assets, findings, form1 or action-plan, headed in the reader's language; the same roles as the page that shows it.", "ตารางของแดชบอร์ดเป็นไฟล์ XLSX หรือ CSV (UTF-8 มี BOM) สิทธิ์เดียวกับหน้าที่แสดงตารางนั้น",
                TableFormat.XLSX.mediaType(), "text/csv")
            .query("year", "asOf", "format"));
    get(r, api + "/records/<" + th.km.web.records.RecordPages.ID + ">", Access.SIGNED_IN, h.records()::record,
        ApiOperation.read("getRecord", "One record of the year with its fields in Thai and English.", "บันทึกหนึ่งรายการของปี พร้อมรายละเอียดภาษาไทยและอังกฤษ", "Record")
            .query("year"));
    String record = api + "/records/<" + th.km.web.records.RecordPages.ID + ">";
    r.api(HandlerType.PUT, record, Access.SIGNED_IN, h.recordWrites()::replace,
        ApiOperation.read("replaceRecord", "Correct a stored record: the body has the properties of its kind's form (as its POST takes them) and replaces the record; If-Match names the version the change was made from (428 without it, 409 with the record as stored now when it is no longer the stored one). The same rights as the form.", "แก้ไขบันทึก เนื้อหาคือช่องของแบบฟอร์มชนิดนั้นทั้งหมด If-Match ระบุฉบับที่แก้จาก (ไม่มีตอบ 428 ฉบับเก่าตอบ 409) สิทธิ์เดียวกับแบบฟอร์ม", "SavedRecord")
            .query("year").body("RecordCorrection"));
    r.api(HandlerType.PATCH, record, Access.SIGNED_IN, h.recordWrites()::patch,
        ApiOperation.read("patchRecord", "Correct some fields of a stored record: the properties sent replace the stored values, the others are kept; If-Match as for PUT.", "แก้ไขบางช่องของบันทึก ช่องที่ไม่ได้ส่งคงค่าเดิม If-Match เหมือน PUT", "SavedRecord")
            .query("year").body("RecordCorrection"));
    r.api(HandlerType.DELETE, record, Access.SIGNED_IN, h.recordWrites()::delete,
        ApiOperation.read("deleteRecord", "Delete a record softly, with why ({\"reason\": ...}): it stays stored with who, when and why, is left out of every page, list, export and the evaluation, and the secretary can restore it. If-Match names the version; refused (422) while other records name it. With ?signOff=n on a training report, withdraws its n-th signature instead (only the last of the chain; the secretary, the CKO for the head's, or the signer of that step).", "ลบบันทึกโดยยังเก็บไว้ พร้อมเหตุผล ไม่แสดงในหน้าใด รายการ ไฟล์ส่งออก และการประเมิน เลขานุการกู้คืนได้ If-Match ระบุฉบับ ถ้าระบุ ?signOff=n ในรายงานผลการฝึกอบรม เป็นการถอนการลงนามลำดับที่ n (เฉพาะลำดับสุดท้าย)", "SavedRecord")
            .query("year", "signOff").body("RecordDeletion"));
    get(r, api + "/deleted-records", Access.SECRETARY, h.recordWrites()::deleted,
        ApiOperation.read("listDeletedRecords", "The year's deleted records with who deleted them, when and why (secretary).", "บันทึกที่ลบของปีนี้ ผู้ลบ เวลา และเหตุผล (เลขานุการ)", "DeletedRecords")
            .query("year"));
    r.api(HandlerType.POST, api + "/record-restorations", Access.SECRETARY, h.recordWrites()::restore,
        ApiOperation.read("restoreRecord", "Restore a deleted record ({\"id\": ...}), checked as a new record is (secretary).", "กู้คืนบันทึกที่ลบ ตรวจเหมือนบันทึกใหม่ (เลขานุการ)", "SavedRecord")
            .query("year").body("RecordRestoration"));
    get(r, api + "/plan-versions", Access.SIGNED_IN, h.planVersions()::listJson,
        ApiOperation.read("listPlanVersions", "Every version of the year's plan: status, when saved and approved.", "ทุกฉบับของแผนปีนี้ สถานะ วันที่บันทึกและอนุมัติ", "PlanVersions")
            .query("year"));
    r.api(HandlerType.POST, api + "/plan-versions/{" + PlanVersionPages.NUMBER + "}/approval", Access.APPROVER,
        h.planVersions()::approveJson,
        ApiOperation.read("approvePlanVersion", "Approve the latest version of the plan while it is a draft (CKO and chair).", "อนุมัติแผนฉบับล่าสุดที่ยังเป็นร่าง (CKO และประธานกรรมการ)", "PlanVersion")
            .query("year"));
    String version = api + "/plan-versions/{" + PlanVersionPages.NUMBER + "}";
    get(r, version, Access.SIGNED_IN, h.planEdits()::show,
        ApiOperation.read("getPlanVersion", "One version of the year's plan in the plan-file format; its ETag is the version's number.", "แผนฉบับหนึ่งในรูปแบบไฟล์แผน ETag คือหมายเลขฉบับ", "PlanFile")
            .query("year"));
    r.api(HandlerType.PUT, version, Access.PLANNER, h.planEdits()::update,
        ApiOperation.read("updatePlanVersion", "Change a draft: the body, a whole plan file, is saved as the next version (each save is a version; a saved one never changes). 409 on an approved or superseded version, 412 when If-Match names another version (secretary, CKO, chair).", "แก้ไขร่างแผน เนื้อหาทั้งไฟล์แผนถูกบันทึกเป็นฉบับถัดไป ฉบับที่อนุมัติแล้วหรือมีฉบับใหม่กว่าตอบ 409 และ If-Match ไม่ตรงตอบ 412 (เลขานุการ CKO ประธาน)", "PlanVersion")
            .query("year").body("PlanFile"));
    get(r, api + "/plan-versions/{" + PlanEditApi.FROM + "}/diff/{" + PlanEditApi.TO + "}", Access.SIGNED_IN, h.planEdits()::diff,
        ApiOperation.read("comparePlanVersions", "Two versions of the year's plan compared part by part: lines added, removed and changed.", "เปรียบเทียบแผนสองฉบับทีละส่วน บรรทัดที่เพิ่ม ลบ และแก้ไข", "PlanDiff")
            .query("year"));
    r.api(HandlerType.POST, api + "/plan-imports", Access.PLANNER, h.planImports()::read,
        ApiOperation.read("importPlan", "Read a plan document (PDF, DOCX or text, by its content; multipart field file, optional code) and answer the plan, what was not understood and the findings. Stores nothing.", "อ่านเอกสารแผน (PDF, DOCX หรือข้อความ ดูจากเนื้อหา ช่อง file และ code ถ้ามี) แล้วตอบแผนที่อ่านได้ ส่วนที่อ่านไม่เข้าใจ และผลการตรวจแผน ไม่บันทึกสิ่งใด", "PlanImport")
            .upload("PlanImportUpload"));
    for (EntryForm form : Forms.all()) {
      r.api(HandlerType.POST, api + "/" + form.collection(), form.access(), h.entry().submit(form),
          new ApiOperation(
              "record" + camel(form.slug()),
              "Record: " + h.messages().get(Language.EN, form.titleKey()) + ". The body's properties are the form's fields.",
              "บันทึก" + h.messages().get(Language.TH, form.titleKey()),
              List.of("year"),
              Optional.of(form.schema()),
              Optional.of("SavedRecord"),
              201));
    }
    get(r, api + "/login-throttles", Access.SECRETARY, h.throttles()::listJson,
        ApiOperation.read("listLoginThrottles", "The organization's accounts with failed sign-ins now, and how long a client that failed waits (secretary).", "บัญชีขององค์กรที่เข้าสู่ระบบไม่สำเร็จ และเวลาที่ต้องรอ (เลขานุการ)", "LoginThrottles"));
    r.api(HandlerType.DELETE, api + "/login-throttles/{" + Throttles.USERNAME + "}", Access.SECRETARY, h.throttles()::liftJson,
        ApiOperation.read("liftLoginThrottle", "Lift the sign-in throttle of one of the organization's accounts (secretary).", "ยกเลิกการหน่วงเวลาเข้าสู่ระบบของบัญชีหนึ่งขององค์กร (เลขานุการ)", "LoginThrottles").noContent(204));
    NationalRoutes.register(r, h.national());
    get(r, OpenApiDocument.PATH, Access.PUBLIC, h.openApi(),
        ApiOperation.read("getOpenApi", "This document.", "เอกสาร OpenAPI นี้", "OpenApiDocument"));
  }

  /** "training-report" as "TrainingReport". */
  private static String camel(String slug) {
    StringBuilder out = new StringBuilder();
    for (String part : slug.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  private static void get(Routes r, String path, Access access, Handler handler, ApiOperation op) {
    r.api(HandlerType.GET, path, access, handler, op);
  }
}
