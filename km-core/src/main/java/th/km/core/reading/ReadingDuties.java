package th.km.core.reading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.km.core.audit.Actor;
import th.km.core.plan.OrganizationCode;

/**
 * Mandatory reading and its acknowledgements (the port the database implements): which assets
 * staff must read, and who acknowledged having read which. Every change is one transaction with
 * its entry in the audit log.
 */
public interface ReadingDuties {

  /** Makes the asset mandatory reading as said, replacing what was said before. */
  void require(OrganizationCode organization, MandatoryReading reading, Actor by);

  /** Makes the asset no longer mandatory reading; acknowledgements already given stay. */
  void release(OrganizationCode organization, AssetRef asset, Actor by);

  /** Whether and for whom the asset is mandatory reading. */
  Optional<MandatoryReading> requirement(OrganizationCode organization, AssetRef asset);

  /** Every mandatory reading of the organization, in the order they were made so. */
  List<MandatoryReading> requirements(OrganizationCode organization);

  /**
   * Records that the account acknowledged having read the asset; true when it is new, false when
   * the account had acknowledged it already (the first acknowledgement stands).
   */
  boolean acknowledge(OrganizationCode organization, AssetRef asset, String username, Instant at, Actor by);

  /** The acknowledgements of the asset, oldest first. */
  List<ReadingAcknowledgement> acknowledgements(OrganizationCode organization, AssetRef asset);

  /** The acknowledgements the account gave, oldest first. */
  List<ReadingAcknowledgement> acknowledgementsBy(OrganizationCode organization, String username);
}
