package th.km.persistence.planimport;

import java.util.List;
import java.util.Optional;
import th.km.core.plan.KmPlan;
import th.km.core.textimport.ImportResult;
import th.km.core.textimport.ImportSummary;

/**
 * What importing one document gave: the text read from it, the plan (only when it has goals and
 * activities), the importer's issues each with its place in the document, the Thai repairs, the
 * one-line summary, or why the document gives no usable plan.
 *
 * @param source the document's text, its format, where each line came from and the repairs
 * @param result the text importer's result on that text
 * @param issues the result's issues, each located in the document
 */
public record PlanDocumentImport(
    ExtractedText source, ImportResult result, List<LocatedIssue> issues) {

  public PlanDocumentImport {
    issues = List.copyOf(issues);
  }

  /** Why no usable plan was made of the document, in Thai and in English. */
  public record Refusal(String messageTh, String messageEn) {}

  /** The format the document was read as. */
  public DocumentFormat format() {
    return source.format();
  }

  /** The Thai repairs made on text extracted from a PDF; empty for DOCX and text. */
  public List<ThaiRepair> repairs() {
    return source.repairs();
  }

  /** The summary of the plan read, when the importer made one, even one without goals. */
  public Optional<ImportSummary> summary() {
    return result.plan().map(p -> ImportSummary.of(p, result.issues()));
  }

  /** The plan, when it is usable: it names an organization and a year and has goals and activities. */
  public Optional<KmPlan> plan() {
    return refusal().isPresent() ? Optional.empty() : result.plan();
  }

  /** Why the document gives no usable plan; empty when {@link #plan()} is present. */
  public Optional<Refusal> refusal() {
    Optional<KmPlan> plan = result.plan();
    if (plan.isEmpty()) {
      return Optional.of(
          new Refusal(
              "ไม่พบชื่อองค์กรหรือปีงบประมาณในเอกสาร จึงทำแผนไม่ได้",
              "the document names no organization or no fiscal year: no plan can be made of it"));
    }
    int goals = plan.get().goals().size();
    long activities = plan.get().goals().stream().mapToLong(g -> g.activities().size()).sum();
    if (goals == 0 || activities == 0) {
      return Optional.of(
          new Refusal(
              "อ่านได้ "
                  + goals
                  + " เป้าหมาย KM และ "
                  + activities
                  + " กิจกรรม: เอกสารนี้ไม่มีตารางแผนการจัดการความรู้ที่อ่านได้",
              "read "
                  + goals
                  + " KM goals and "
                  + activities
                  + " activities: the document has no action-plan table that could be read"));
    }
    return Optional.empty();
  }
}
