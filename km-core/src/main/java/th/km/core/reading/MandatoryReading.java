package th.km.core.reading;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.Set;
import th.km.core.account.Account;
import th.km.core.plan.DivisionCode;

/**
 * An asset that staff must read and acknowledge (เอกสารที่ต้องอ่านและรับทราบ): by all staff of the
 * organization, or by the staff of some divisions.
 *
 * @param asset the asset to read
 * @param allStaff whether every account of the organization must read it
 * @param divisions the divisions whose accounts must read it, when not all staff; not empty then
 */
public record MandatoryReading(AssetRef asset, boolean allStaff, Set<DivisionCode> divisions) {

  public MandatoryReading {
    divisions = Set.copyOf(divisions);
    checkArgument(
        allStaff == divisions.isEmpty(),
        "mandatory reading of %s is for all staff or for some divisions, not %s",
        asset,
        allStaff ? "both" : "neither");
  }

  /** Every account of the organization must read the asset. */
  public static MandatoryReading forAllStaff(AssetRef asset) {
    return new MandatoryReading(asset, true, Set.of());
  }

  /** The accounts of the divisions must read the asset. */
  public static MandatoryReading forDivisions(AssetRef asset, Set<DivisionCode> divisions) {
    return new MandatoryReading(asset, false, divisions);
  }

  /** Whether the account must read the asset: an active account of all staff or of a division named. */
  public boolean concerns(Account account) {
    if (!account.active()) {
      return false;
    }
    if (allStaff) {
      return true;
    }
    Optional<DivisionCode> division = account.division();
    return division.isPresent() && divisions.contains(division.get());
  }
}
