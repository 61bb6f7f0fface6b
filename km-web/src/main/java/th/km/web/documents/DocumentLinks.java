package th.km.web.documents;

import th.km.core.plan.KmPlan;

/** The addresses of a plan's documents, for the download buttons of the pages. */
public final class DocumentLinks {

  private DocumentLinks() {}

  /** The plan in the format ("pdf", "docx", "html"). */
  public static String plan(KmPlan plan, String format) {
    return "/api/v1/organizations/" + plan.organization().code().value() + "/documents/plan?year="
        + plan.fiscalYear().buddhistYear() + "&format=" + format;
  }

  /** The published plan's PDF, for everyone. */
  public static String publishedPlan(KmPlan plan) {
    return "/public/" + plan.organization().code().value() + "/" + plan.fiscalYear().buddhistYear()
        + "/plan.pdf";
  }
}
