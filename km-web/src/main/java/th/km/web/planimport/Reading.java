package th.km.web.planimport;

import java.util.List;
import th.km.core.plan.KmPlan;
import th.km.core.textimport.ImportSummary;

/** What reading an uploaded document gave: a plan, no plan, or a file that is no plan document. */
public sealed interface Reading {

  /**
   * A plan was read.
   *
   * @param format what the content was found to be ("text", "PDF", "DOCX")
   * @param plan the plan as read
   * @param notUnderstood what could not be mapped, in the document's order
   * @param repairs the repairs made on Thai text extracted from a PDF
   * @param summary the one-line summary every import ends with
   */
  record Read(
      String format, KmPlan plan, List<NotUnderstood> notUnderstood, List<Repair> repairs, ImportSummary summary)
      implements Reading {
    public Read {
      notUnderstood = List.copyOf(notUnderstood);
      repairs = List.copyOf(repairs);
    }
  }

  /**
   * The document was read, but it holds no plan: no organization, no fiscal year, no goal or no
   * activity.
   *
   * @param format what the content was found to be
   * @param messageTh why, in Thai
   * @param messageEn why, in English
   * @param notUnderstood what could not be mapped, with where
   */
  record NoPlan(String format, String messageTh, String messageEn, List<NotUnderstood> notUnderstood)
      implements Reading {
    public NoPlan {
      notUnderstood = List.copyOf(notUnderstood);
    }
  }

  /**
   * The content is not a document km reads (an image, a spreadsheet, a scan without text, a
   * damaged file).
   *
   * @param messageTh why, in Thai
   * @param messageEn why, in English
   */
  record Unsupported(String messageTh, String messageEn) implements Reading {}
}
