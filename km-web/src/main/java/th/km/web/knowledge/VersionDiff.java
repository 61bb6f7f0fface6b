package th.km.web.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.km.core.knowledge.KnowledgeContent;

/**
 * What changed between two versions of an asset, as a reader follows it: each field whose value
 * differs with its value before and after, and the body's lines kept, removed and added (a longest
 * common subsequence of lines; a body too long to compare line by line shows as replaced whole).
 */
public final class VersionDiff {

  /** How far a line-by-line comparison goes: lines before × lines after. */
  private static final long MAX_CELLS = 4_000_000;

  /** A field whose value differs. */
  public record Field(String name, String before, String after) {}

  /** A line of the body: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
  public record Line(char mark, String text) {
    public String css() {
      return mark == '+' ? "diff-added" : mark == '-' ? "diff-removed" : "diff-kept";
    }
  }

  /** The fields that differ and the body's lines. */
  public record Diff(List<Field> fields, List<Line> lines) {
    /** Whether any line of the body was added or removed. */
    public boolean bodyChanged() {
      return lines.stream().anyMatch(l -> l.mark() != ' ');
    }
  }

  private VersionDiff() {}

  static Diff of(KnowledgeContent a, KnowledgeContent b) {
    List<Field> fields = new ArrayList<>();
    field(fields, KnowledgeInput.TITLE, a.title(), b.title());
    field(fields, KnowledgeInput.KIND, a.kind().name(), b.kind().name());
    field(fields, KnowledgeInput.DIVISION, Objects.toString(a.division().orElse(null), ""), Objects.toString(b.division().orElse(null), ""));
    field(fields, KnowledgeInput.STEP, a.step().map(Enum::name).orElse(""), b.step().map(Enum::name).orElse(""));
    field(fields, KnowledgeInput.TYPE, a.knowledgeType().name(), b.knowledgeType().name());
    field(fields, KnowledgeInput.TAGS, String.join(", ", a.tags()), String.join(", ", b.tags()));
    field(fields, KnowledgeInput.MERMAID, a.flowchartMermaid().orElse(""), b.flowchartMermaid().orElse(""));
    field(fields, KnowledgeInput.IMAGE, a.flowchartImage().map(String::valueOf).orElse(""), b.flowchartImage().map(String::valueOf).orElse(""));
    field(fields, KnowledgeInput.REVIEW_DUE, a.reviewDue().map(Object::toString).orElse(""), b.reviewDue().map(Object::toString).orElse(""));
    return new Diff(fields, lines(a.body().split("\n", -1), b.body().split("\n", -1)));
  }

  private static void field(List<Field> out, String name, String before, String after) {
    if (!before.equals(after)) {
      out.add(new Field(name, before, after));
    }
  }

  static List<Line> lines(String[] a, String[] b) {
    List<Line> out = new ArrayList<>();
    if ((long) a.length * b.length > MAX_CELLS) {
      for (String line : a) {
        out.add(new Line('-', line));
      }
      for (String line : b) {
        out.add(new Line('+', line));
      }
      return out;
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add(new Line(' ', a[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        out.add(new Line('-', a[i++]));
      } else {
        out.add(new Line('+', b[j++]));
      }
    }
    while (i < a.length) {
      out.add(new Line('-', a[i++]));
    }
    while (j < b.length) {
      out.add(new Line('+', b[j++]));
    }
    return out;
  }
}
