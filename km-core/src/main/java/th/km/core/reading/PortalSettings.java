package th.km.core.reading;

import th.km.core.audit.Actor;
import th.km.core.plan.OrganizationCode;

/**
 * What the organization allows its public knowledge portal to show (the port the database
 * implements). Off by default: the portal names an asset's division only, not the people who wrote
 * it, until the secretary allows their names and positions.
 */
public interface PortalSettings {

  /** Whether the portal shows the authors' names and positions. */
  boolean showsAuthors(OrganizationCode organization);

  /** Allows or stops showing the authors' names and positions on the portal (audited). */
  void showAuthors(OrganizationCode organization, boolean show, Actor by);
}
