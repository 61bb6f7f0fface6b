package th.km.persistence.tables;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tables that can be exported, each by the stable name the command line and the web route use
 * ({@code results}, {@code action-plan}), with its title in Thai and English.
 */
public enum TableName implements TableTitle {
  /** Every indicator evaluated as of a day (ผลการประเมินตัวชี้วัด), as the overview shows them. */
  RESULTS("results", "ผลการประเมินตัวชี้วัด", "Indicator results"),
  /** Trainings with their report's due day and status (การฝึกอบรมและกำหนดส่งรายงาน). */
  TRAININGS("trainings", "การฝึกอบรมและกำหนดส่งรายงาน", "Trainings and report due dates"),
  /** Knowledge assets by division (องค์ความรู้). */
  ASSETS("assets", "องค์ความรู้", "Knowledge assets"),
  /** What the plan checker found (ข้อบกพร่องของแผน). */
  FINDINGS("findings", "ข้อบกพร่องของแผน", "Plan findings"),
  /** Form 1, the knowledge each strategic activity needs (แบบฟอร์มที่ ๑). */
  FORM1("form1", "แบบฟอร์มที่ 1 การจำแนกองค์ความรู้", "Form 1 knowledge needs"),
  /** The action plan's activities per goal (แผนการจัดการความรู้). */
  ACTION_PLAN("action-plan", "แผนการจัดการความรู้", "KM action plan");

  private final String slug;
  private final String thaiTitle;
  private final String englishTitle;

  TableName(String slug, String thaiTitle, String englishTitle) {
    this.slug = slug;
    this.thaiTitle = thaiTitle;
    this.englishTitle = englishTitle;
  }

  /** The name the command line and the web route use: {@code action-plan}. */
  public String slug() {
    return slug;
  }

  public String thaiTitle() {
    return thaiTitle;
  }

  public String englishTitle() {
    return englishTitle;
  }

  /** The title in the language. */
  @Override
  public String title(TableLanguage language) {
    return language.pick(thaiTitle, englishTitle);
  }

  /** The table of the name, if there is one; case and surrounding blanks do not matter. */
  public static Optional<TableName> of(String slug) {
    String wanted = slug.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.slug.equals(wanted)).findFirst();
  }

  /** Every name, in order, separated by commas: "results, trainings, …". */
  public static String slugs() {
    return Arrays.stream(values()).map(TableName::slug).collect(Collectors.joining(", "));
  }
}
