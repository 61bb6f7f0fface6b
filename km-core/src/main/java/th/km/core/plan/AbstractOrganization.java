package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/** The local government (อปท.) whose plan this is, for example เทศบาลตำบลบ้านแหวน. */
@Value.Immutable
public abstract class AbstractOrganization {

  /** A short stable code used on the command line and in URLs, for example {@code ban-waen}. */
  public abstract OrganizationCode code();

  public abstract OrganizationType type();

  /** The proper name without the type prefix, for example "บ้านแหวน". */
  public abstract String name();

  /** The English name as the organization writes it, if it gives one. */
  public abstract Optional<String> englishName();

  /** The district (อำเภอ), without the word อำเภอ. */
  public abstract Optional<String> district();

  /** The province (จังหวัด), without the word จังหวัด. */
  public abstract Optional<String> province();

  /** The province's two-digit code (รหัสจังหวัด), {@code 50} for เชียงใหม่. */
  public abstract Optional<ProvinceCode> provinceCode();

  /** The name as announced: the type prefix and the proper name, "เทศบาลตำบลบ้านแหวน". */
  public String fullName() {
    return type().thaiName() + name();
  }

  @Value.Check
  protected void check() {
    checkArgument(!name().isBlank(), "organization name must not be blank");
    checkArgument(
        !name().startsWith(type().thaiName()),
        "organization name '%s' must not repeat its type prefix '%s'",
        name(),
        type().thaiName());
  }
}
