package th.km.web.planimport;

import java.util.Optional;
import th.km.core.plan.OrganizationCode;

/**
 * Reads an uploaded plan document into a plan without storing anything: the one place the web
 * server meets the importers, so that the pages and the API do not care which formats they know.
 */
public interface PlanReading {

  /**
   * Reads a document.
   *
   * @param content the file's bytes, whatever its name or content type claims
   * @param fileName the name the browser gave, for messages only
   * @param code the organization code to give the plan; empty to take it from the document
   */
  Reading read(byte[] content, String fileName, Optional<OrganizationCode> code);
}
