package th.km.web.planimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.km.core.plan.OrganizationCode;
import th.km.core.textimport.ImportOptions;
import th.km.persistence.planimport.PlanDocumentImport;
import th.km.persistence.planimport.PlanDocumentImporter;
import th.km.persistence.planimport.UnreadableDocumentException;

/**
 * Reads PDF, DOCX and text plans (UTF-8 or TIS-620) with km-persistence's {@link
 * PlanDocumentImporter}, which tells them apart by content and places every issue in the document:
 * a PDF's page and position, a DOCX's paragraph or table cell, a text file's line.
 */
public final class DocumentPlanReading implements PlanReading {

  @Override
  public Reading read(byte[] content, String fileName, Optional<OrganizationCode> code) {
    PlanDocumentImport read;
    try {
      read =
          PlanDocumentImporter.importDocument(
              content, fileName, code.map(ImportOptions::withOrganizationCode).orElse(ImportOptions.defaults()));
    } catch (UnreadableDocumentException e) {
      return new Reading.Unsupported(e.messageTh(), e.getMessage());
    }
    String format = read.format().name().toLowerCase(Locale.ROOT);
    List<NotUnderstood> issues = read.issues().stream().map(NotUnderstood::of).toList();
    List<Repair> repairs = read.repairs().stream().map(Repair::of).toList();
    if (read.plan().isEmpty()) {
      PlanDocumentImport.Refusal why = read.refusal().orElseThrow();
      return new Reading.NoPlan(format, why.messageTh(), why.messageEn(), issues);
    }
    return new Reading.Read(format, read.plan().get(), issues, repairs, read.summary().orElseThrow());
  }
}
