package th.km.web;

import java.util.Set;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.knowledge.KnowledgeDraft;
import th.km.core.knowledge.KnowledgeType;
import th.km.core.knowledge.KnowledgeWorkflow.Transition;
import th.km.core.plan.DivisionCode;
import th.km.core.plan.KmPlan;
import th.km.core.plan.KmProcessStep;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.AssetKind;
import th.km.core.records.PublicationChannel;
import th.km.persistence.knowledge.KnowledgeFilter;
import th.km.persistence.knowledge.KnowledgeStore;
import th.km.persistence.knowledge.KnowledgeWrite;

/**
 * The demo's knowledge base: a published work manual of the finance division with its flowchart in
 * Mermaid, an approved story and a draft After Action Review, so that the knowledge pages, the
 * portal and the search show something on a first start. Written through the server's own store,
 * so the search indexes them; a database whose year already holds content is left as it is.
 */
final class DemoKnowledge {

  /** Who the demo's knowledge is written and moved by in the audit log. */
  private static final Actor BY = Actor.of("secretary");

  private DemoKnowledge() {}

  /** Adds the demo's assets unless the year has content already; returns how many were added. */
  static int load(KnowledgeStore store, KmPlan plan) {
    OrganizationCode org = plan.organization().code();
    FiscalYear year = plan.fiscalYear();
    if (!store.list(org, KnowledgeFilter.all().withFiscalYear(year)).isEmpty()) {
      return 0;
    }
    DivisionCode finance = division(plan, "finance");
    String manual = add(store, org, year, manual(finance));
    moveThrough(store, org, year, manual, Transition.REVIEW, Transition.APPROVE, Transition.PUBLISH);
    String story = add(store, org, year, story(division(plan, "clerk")));
    moveThrough(store, org, year, story, Transition.REVIEW, Transition.APPROVE);
    add(store, org, year, afterActionReview());
    return 3;
  }

  private static KnowledgeDraft manual(DivisionCode finance) {
    return KnowledgeDraft.builder()
        .title("คู่มือการปฏิบัติงานการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง")
        .body(
            """
            ## วัตถุประสงค์

            เพื่อให้การรับชำระภาษีที่ดินและสิ่งปลูกสร้างของเทศบาลเป็นมาตรฐานเดียวกัน \
            ผู้เสียภาษีได้รับบริการรวดเร็ว และตรวจสอบได้

            ## ขั้นตอนการปฏิบัติงาน

            1. รับเรื่องจากผู้เสียภาษี ตรวจสอบใบแจ้งการประเมินภาษี
            2. หากไม่มีใบแจ้ง ค้นข้อมูลจากทะเบียนทรัพย์สิน
            3. ตรวจสอบยอดภาษีและเงินเพิ่ม (ถ้ามี)
            4. รับชำระเงินและออกใบเสร็จรับเงิน
            5. บันทึกรายการในระบบบัญชีภายในวันเดียวกัน

            ## ระยะเวลา

            ไม่เกิน ๑๕ นาทีต่อราย ชำระได้ภายในเดือนเมษายน ๒๕๖๙
            """)
        .kind(AssetKind.WORK_MANUAL)
        .division(finance)
        .step(KmProcessStep.CODIFY_AND_REFINE)
        .addTags("ภาษี", "คู่มือ", "งานบริการ")
        .knowledgeType(KnowledgeType.EXPLICIT)
        .flowchartMermaid(
            """
            flowchart TD
              A[ผู้เสียภาษีติดต่อ] --> B{มีใบแจ้งการประเมิน?}
              B -- มี --> C[ตรวจสอบยอดภาษี]
              B -- ไม่มี --> D[ค้นข้อมูลทะเบียนทรัพย์สิน]
              D --> C
              C --> E[รับชำระและออกใบเสร็จ]
              E --> F[บันทึกในระบบบัญชี]
            """)
        .build();
  }

  private static KnowledgeDraft story(DivisionCode clerk) {
    return KnowledgeDraft.builder()
        .title("เรื่องเล่า: ลดเวลารอรับบริการงานทะเบียนราษฎร")
        .body(
            """
            เมื่อต้นปีงบประมาณ ประชาชนต้องรอรับบริการงานทะเบียนราษฎรนานเกือบชั่วโมงในวันจันทร์ \
            เจ้าหน้าที่จึงทดลองแจกบัตรคิวและจัดเอกสารตัวอย่างไว้ที่โต๊ะรับเรื่อง \
            ภายในหนึ่งเดือนเวลารอเฉลี่ยลดเหลือไม่ถึง ๒๐ นาที

            **สิ่งที่ได้เรียนรู้:** เตรียมเอกสารให้ครบตั้งแต่หน้าโต๊ะช่วยได้มากกว่าการเพิ่มเจ้าหน้าที่
            """)
        .kind(AssetKind.STORY)
        .division(clerk)
        .step(KmProcessStep.SHARE)
        .addTags("งานบริการ", "ทะเบียนราษฎร")
        .knowledgeType(KnowledgeType.TACIT)
        .build();
  }

  private static KnowledgeDraft afterActionReview() {
    return KnowledgeDraft.builder()
        .title("AAR: การประชุมแลกเปลี่ยนเรียนรู้ ครั้งที่ ๑")
        .body(
            """
            ## สิ่งที่คาดหวังว่าจะเกิด
            บุคลากรทุกกองเข้าร่วมและนำเสนอแนวปฏิบัติที่ดีอย่างน้อยกองละหนึ่งเรื่อง

            ## สิ่งที่เกิดขึ้นจริง
            เข้าร่วมสี่กองจากห้ากอง มีแนวปฏิบัติที่ดีสามเรื่อง

            ## เหตุที่แตกต่าง
            กำหนดวันประชุมตรงกับงานออกหน่วยบริการเคลื่อนที่

            ## ครั้งต่อไปจะทำอย่างไร
            กำหนดวันประชุมล่วงหน้าในแผนปฏิบัติงานประจำเดือน
            """)
        .kind(AssetKind.AFTER_ACTION_REVIEW)
        .step(KmProcessStep.LEARN)
        .addTags("AAR", "แลกเปลี่ยนเรียนรู้")
        .knowledgeType(KnowledgeType.TACIT)
        .build();
  }

  private static DivisionCode division(KmPlan plan, String code) {
    return plan.divisions().stream()
        .map(d -> d.code())
        .filter(c -> c.value().equals(code))
        .findFirst()
        .orElse(plan.divisions().get(0).code());
  }

  private static String add(KnowledgeStore store, OrganizationCode org, FiscalYear year, KnowledgeDraft draft) {
    return saved(store.create(org, year, draft, BY)).content().assetId();
  }

  /** Moves the asset's first version through the steps, publishing on the website. */
  private static void moveThrough(
      KnowledgeStore store, OrganizationCode org, FiscalYear year, String id, Transition... moves) {
    for (Transition t : moves) {
      saved(store.move(org, year, id, 1, t, Set.of(PublicationChannel.WEBSITE), BY));
    }
  }

  private static KnowledgeWrite.Saved saved(KnowledgeWrite w) {
    if (w instanceof KnowledgeWrite.Saved s) {
      return s;
    }
    throw new IllegalStateException("the demo's knowledge base was refused: " + w);
  }
}
