package th.km.core.reading;

import java.util.List;
import th.km.core.records.ActivityRef;
import th.km.core.records.AssetKind;

/**
 * The templates an After Action Review (AAR) and a story (Story Telling) start from, about a plan
 * activity: the AAR's four questions as headings, the story's parts as a storyteller tells them.
 * The author writes under each heading; the asset stays linked to the activity.
 */
public final class KnowledgeTemplates {

  /** The four questions of an After Action Review, in the order they are asked. */
  public static final List<String> AAR_QUESTIONS =
      List.of(
          "สิ่งที่คาดหวังว่าจะเกิดขึ้นคืออะไร",
          "สิ่งที่เกิดขึ้นจริงคืออะไร",
          "ทำไมจึงแตกต่างกัน",
          "ครั้งต่อไปจะทำอย่างไร");

  /** The parts of a story, in the order they are told. */
  public static final List<String> STORY_PARTS =
      List.of(
          "ความเป็นมาและสถานการณ์",
          "สิ่งที่ได้ลงมือทำ",
          "ผลที่เกิดขึ้น",
          "ข้อคิดและบทเรียนที่ได้");

  private KnowledgeTemplates() {}

  /** The kinds of asset a template starts: an AAR or a story. */
  public static boolean hasTemplate(AssetKind kind) {
    return kind == AssetKind.AFTER_ACTION_REVIEW || kind == AssetKind.STORY;
  }

  /**
   * The starting text of an AAR or a story about the activity: a title naming the activity and a
   * heading per question or part, with a line to write under each.
   */
  public static StartingText about(AssetKind kind, ActivityRef ref, String activityName) {
    String name = activityName.strip();
    return switch (kind) {
      case AFTER_ACTION_REVIEW ->
          new StartingText(
              "AAR: " + name, body("การทบทวนหลังการปฏิบัติงาน (AAR) ของกิจกรรม", ref, name, AAR_QUESTIONS));
      case STORY ->
          new StartingText(
              "เรื่องเล่า: " + name, body("เรื่องเล่าจากกิจกรรม", ref, name, STORY_PARTS));
      default ->
          throw new IllegalArgumentException(
              "only an AAR or a story starts from a template, not a " + kind.englishName());
    };
  }

  private static String body(String lead, ActivityRef ref, String name, List<String> headings) {
    StringBuilder b = new StringBuilder();
    b.append(lead).append(' ').append(ref).append(' ').append(name).append("\n");
    int n = 1;
    for (String h : headings) {
      b.append("\n## ").append(n++).append(". ").append(h).append("\n\n…\n");
    }
    return b.toString();
  }
}
