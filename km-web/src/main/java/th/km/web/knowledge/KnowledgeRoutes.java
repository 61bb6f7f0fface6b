package th.km.web.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import th.km.core.knowledge.AttachmentType;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.i18n.Messages;
import th.km.web.page.PageFactory;
import th.km.web.page.Templates;
import th.km.web.plan.PlanLookup;
import th.km.web.reading.Readings;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;
import th.km.web.security.Sessions;

/**
 * Registers the knowledge base's pages and API routes with their access rules. A route's rule is
 * the widest the role allows; the handler narrows it on the server (a division head writes only
 * the own division's assets, a reader sees only approved and published versions).
 */
public final class KnowledgeRoutes {

  private KnowledgeRoutes() {}

  /** The knowledge base's controllers. */
  public record Handlers(
      KnowledgePages pages, WorkflowPages workflow, AttachmentRoutes attachments, LpaPage lpa, KnowledgeApi api) {}

  /**
   * The controllers over the server's knowledge store, if it has one (else every page says there is
   * none); a published asset's page counts its reads when {@code readings} is given.
   */
  public static Handlers handlers(
      Optional<KnowledgeStore> store,
      PlanLookup plans,
      Sessions sessions,
      Clock clock,
      PageFactory pages,
      Templates templates,
      Optional<Readings> readings,
      Messages messages,
      ObjectMapper json) {
    KnowledgeBase kb = new KnowledgeBase(store, plans, sessions, clock);
    WorkflowPages workflow = new WorkflowPages(kb, sessions, pages);
    AttachmentRoutes files = new AttachmentRoutes(kb, sessions, pages);
    return new Handlers(
        new KnowledgePages(kb, sessions, pages, templates, readings),
        workflow,
        files,
        new LpaPage(kb, pages, templates),
        new KnowledgeApi(kb, workflow, files, messages, json));
  }

  public static void register(Routes r, Handlers h) {
    String org = "/organizations/{" + AccessGuard.ORGANIZATION + "}/knowledge";
    String asset = org + "/{" + KnowledgeBase.ASSET + "}";
    String file = asset + "/attachments/{" + KnowledgeBase.ATTACHMENT + "}";
    r.get(org, Access.SIGNED_IN, h.pages()::list);
    r.post(org, Access.EDITOR, h.pages()::create);
    r.get(org + "/new", Access.EDITOR, h.pages()::newForm);
    r.get(org + "/lpa", Access.SIGNED_IN, h.lpa()::show);
    r.get(asset, Access.SIGNED_IN, h.pages()::show);
    r.post(asset, Access.EDITOR, h.pages()::save);
    r.get(asset + "/edit", Access.EDITOR, h.pages()::editForm);
    r.get(asset + "/versions", Access.SIGNED_IN, h.pages()::versions);
    r.post(asset + "/state", Access.SIGNER, h.workflow()::submit);
    r.post(asset + "/attachments", Access.EDITOR, h.attachments()::upload);
    r.get(file, Access.SIGNED_IN, h.attachments()::download);
    r.post(file + "/remove", Access.EDITOR, h.attachments()::remove);

    String api = "/api/v1/organizations/{" + AccessGuard.ORGANIZATION + "}/knowledge";
    String apiAsset = api + "/{" + KnowledgeBase.ASSET + "}";
    String apiFile = apiAsset + "/attachments/{" + KnowledgeBase.ATTACHMENT + "}";
    r.api(HandlerType.GET, api, Access.SIGNED_IN, h.api()::list,
        ApiOperation.read("listKnowledge", "The year's knowledge assets, each as the latest version the account may read (readers: the latest approved or published).", "องค์ความรู้ของปี แต่ละรายการเป็นฉบับล่าสุดที่บัญชีอ่านได้ (ผู้อ่านทั่วไป: ฉบับที่อนุมัติหรือเผยแพร่ล่าสุด)", "KnowledgeList")
            .query("year", "kind", "division", "step", "state"));
    r.api(HandlerType.POST, api, Access.EDITOR, h.api()::create,
        ApiOperation.read("createKnowledge", "A new knowledge asset with its first version, a draft (secretary; division heads for their division).", "สร้างองค์ความรู้ใหม่พร้อมฉบับแรกเป็นร่าง (เลขานุการ หัวหน้าส่วนราชการสำหรับส่วนของตน)", "KnowledgeAsset")
            .query("year").body("KnowledgeDraft").created());
    r.api(HandlerType.GET, apiAsset, Access.SIGNED_IN, h.api()::get,
        ApiOperation.read("getKnowledge", "One asset as the account may read it, its Markdown also rendered as sanitized HTML, with its attachments.", "องค์ความรู้หนึ่งรายการตามสิทธิ์ของบัญชี พร้อม HTML ที่ปลอดภัยและไฟล์แนบ", "KnowledgeAsset")
            .query("year"));
    r.api(HandlerType.GET, apiAsset + "/versions", Access.SIGNED_IN, h.api()::versions,
        ApiOperation.read("listKnowledgeVersions", "The asset's versions the account may read, oldest first: who changed what and when.", "ทุกฉบับขององค์ความรู้ที่บัญชีอ่านได้ ใครแก้ไขอะไรเมื่อใด", "KnowledgeVersions")
            .query("year"));
    r.api(HandlerType.POST, apiAsset + "/versions", Access.EDITOR, h.api()::save,
        ApiOperation.read("saveKnowledgeVersion", "Save the next version (a draft); basedOn names the version read, 409 when another was saved since.", "บันทึกฉบับถัดไป (ร่าง) basedOn คือฉบับที่อ่าน หากมีผู้บันทึกก่อนตอบ 409", "KnowledgeAsset")
            .query("year").body("KnowledgeVersionDraft").created());
    r.api(HandlerType.POST, apiAsset + "/state", Access.SIGNER, h.api()::move,
        ApiOperation.read("moveKnowledge", "Move the latest version through the workflow: REVIEW, APPROVE (CKO, chair), PUBLISH (with channels), RETURN_TO_DRAFT.", "เปลี่ยนสถานะฉบับล่าสุด: ตรวจทาน อนุมัติ (CKO ประธาน) เผยแพร่ (ระบุช่องทาง) ส่งกลับเป็นร่าง", "KnowledgeAsset")
            .query("year").body("KnowledgeMove"));
    r.api(HandlerType.GET, apiAsset + "/attachments", Access.SIGNED_IN, h.api()::listAttachments,
        ApiOperation.read("listKnowledgeAttachments", "The asset's attachments.", "ไฟล์แนบขององค์ความรู้", "KnowledgeAttachments")
            .query("year"));
    r.api(HandlerType.POST, apiAsset + "/attachments", Access.EDITOR, h.api()::attach,
        ApiOperation.read("attachKnowledgeFile", "Attach a file (multipart field file, at most 10 MiB): PDF, DOCX, XLSX, PNG, JPEG, GIF or WEBP by its content; anything else is 422 naming the file.", "แนบไฟล์ (ช่อง file ไม่เกิน 10 MiB) PDF DOCX XLSX หรือรูปภาพ ตรวจจากเนื้อหาไฟล์ ไฟล์อื่นตอบ 422 พร้อมชื่อไฟล์", "KnowledgeAttachment")
            .query("year").upload("KnowledgeUpload").created());
    r.api(HandlerType.GET, apiFile, Access.SIGNED_IN, h.attachments()::download,
        ApiOperation.file("getKnowledgeAttachment", "The attached file, served as its sniffed type, as an attachment.", "ไฟล์แนบ ส่งตามชนิดที่ตรวจจากเนื้อหา", mediaTypes())
            .query("year"));
    r.api(HandlerType.DELETE, apiFile, Access.EDITOR, h.api()::detach,
        ApiOperation.read("removeKnowledgeAttachment", "Remove an attached file (refused while it is the latest version's flowchart).", "ลบไฟล์แนบ (ลบไม่ได้หากเป็นแผนผังขั้นตอนของฉบับล่าสุด)", "KnowledgeAttachment")
            .query("year").noContent(204));
  }

  private static String[] mediaTypes() {
    return List.of(AttachmentType.values()).stream().map(AttachmentType::mediaType).toArray(String[]::new);
  }
}
