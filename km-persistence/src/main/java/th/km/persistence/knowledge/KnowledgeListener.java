package th.km.persistence.knowledge;

import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;

/**
 * Told after every committed write to a knowledge asset (a new asset or version, a move, an
 * attachment added or removed), so that what is derived from the knowledge base (a search index, a
 * cache) is brought up to date. It runs on the writer's thread after the commit; it must not throw.
 */
@FunctionalInterface
public interface KnowledgeListener {

  /** The asset of the organization's year changed. */
  void changed(OrganizationCode organization, FiscalYear fiscalYear, String assetId);
}
