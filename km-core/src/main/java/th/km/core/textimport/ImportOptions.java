package th.km.core.textimport;

import java.util.Optional;
import th.km.core.plan.OrganizationCode;

/**
 * What the caller tells the text importer beyond the text itself.
 *
 * @param organizationCode the organization's code; when empty the importer derives it from the
 *     English name the document gives
 */
public record ImportOptions(Optional<OrganizationCode> organizationCode) {

  /** No overrides: everything comes from the document. */
  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty());
  }

  /** Use this organization code instead of deriving one. */
  public static ImportOptions withOrganizationCode(OrganizationCode code) {
    return new ImportOptions(Optional.of(code));
  }
}
