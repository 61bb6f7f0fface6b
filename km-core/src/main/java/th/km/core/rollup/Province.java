package th.km.core.rollup;

import static com.google.common.base.Preconditions.checkArgument;

import th.km.core.plan.Organization;

/**
 * A province (จังหวัด) as the roll-ups group organizations: a stable code used in URLs, and its
 * name as the organizations write it.
 *
 * @param code the province's code, such as {@code 50} for Chiang Mai; never blank
 * @param name the province's name without the word จังหวัด; never blank
 */
public record Province(String code, String name) {

  /** The group of organizations that name no province. */
  public static final Province UNKNOWN = new Province("unknown", "ไม่ระบุจังหวัด");

  /**
   * The province an organization is grouped under: the one its registry entry names, keyed by its
   * name (the registry keeps no province code), else {@link #UNKNOWN}.
   */
  public static Province of(Organization organization) {
    return organization
        .province()
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(name -> new Province(name.length() <= 40 ? name : name.substring(0, 40), name))
        .orElse(UNKNOWN);
  }

  public Province {
    checkArgument(!code.isBlank(), "a province code must not be blank");
    checkArgument(code.length() <= 40, "province code '%s' is longer than 40 characters", code);
    checkArgument(!name.isBlank(), "province %s: its name must not be blank", code);
  }
}
