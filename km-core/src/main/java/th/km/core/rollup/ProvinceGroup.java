package th.km.core.rollup;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import th.km.core.plan.Organization;
import th.km.core.plan.Province;
import th.km.core.plan.ProvinceCode;

/**
 * The province (จังหวัด) the roll-ups group an organization under: a stable code used in URLs, and
 * the province's name.
 *
 * @param code the province's two-digit code, such as {@code 50} for Chiang Mai; for an organization
 *     that gives only a name no province has, that name; {@code unknown} for one that gives none
 * @param name the province's name without the word จังหวัด; never blank
 */
public record ProvinceGroup(String code, String name) {

  /** The group of organizations that name no province. */
  public static final ProvinceGroup UNKNOWN = new ProvinceGroup("unknown", "ไม่ระบุจังหวัด");

  public ProvinceGroup {
    checkArgument(!code.isBlank(), "a province code must not be blank");
    checkArgument(code.length() <= 40, "province code '%s' is longer than 40 characters", code);
    checkArgument(!name.isBlank(), "province %s: its name must not be blank", code);
  }

  /**
   * The group of an organization: by its province code when it gives one (named as the code's
   * province is, else as the organization writes it), else by the province its name is, else by
   * the name as written, else {@link #UNKNOWN}.
   */
  public static ProvinceGroup of(Organization organization) {
    Optional<String> written =
        organization.province().map(String::strip).filter(name -> !name.isEmpty());
    Optional<ProvinceCode> code = organization.provinceCode();
    if (code.isPresent()) {
      String name =
          code.get().province().map(Province::thaiName).or(() -> written).orElse(code.get().value());
      return new ProvinceGroup(code.get().value(), name);
    }
    Optional<Province> named = written.flatMap(Province::byThaiName);
    if (named.isPresent()) {
      return new ProvinceGroup(named.get().code().value(), named.get().thaiName());
    }
    return written
        .map(name -> new ProvinceGroup(name.length() <= 40 ? name : name.substring(0, 40), name))
        .orElse(UNKNOWN);
  }
}
