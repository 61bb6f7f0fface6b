package th.km.web.planedit;

import java.util.List;
import java.util.Map;
import th.km.core.check.Finding;
import th.km.core.store.PlanVersion;
import th.km.web.page.Page;

/**
 * What the editor's page of one part shows: the part's rows, the checker's findings with their
 * links, the rule builder's previews, and the errors of a refused form.
 *
 * @param base the editor's path, {@code /organizations/ban-waen/plan/edit}
 * @param year the plan's fiscal year, B.E.
 * @param part the part being edited
 * @param version the version the form was made from
 * @param rows the form's rows
 * @param errors the message of each bad field by its path, in the page's language
 * @param findings the checker's findings, each with the link to its field
 * @param previews the rule builder's previews by the indicator's path
 * @param checked whether the findings are of the unsaved form (checked on demand) rather than of
 *     the saved version
 */
public record EditorView(
    String base,
    int year,
    String part,
    PlanVersion version,
    List<PartForm.Row> rows,
    Map<String, String> errors,
    List<LinkedFinding> findings,
    Map<String, RulePreview.Preview> previews,
    boolean checked) {

  /** A finding and the address of the field it is about. */
  public record LinkedFinding(Finding finding, String href) {}

  /** The label of a field or list in the page's language; the field's own name when km has none. */
  public static String label(Page page, String key) {
    return page.messages().has(key) ? page.t(key) : key.substring(key.lastIndexOf('.') + 1);
  }

  /** The address of a part's page. */
  public String partHref(String other) {
    return base + "?year=" + year + "&part=" + other;
  }

  /** The form's name of a field. */
  public static String name(String path) {
    return PlanEditing.FIELD + path;
  }
}
