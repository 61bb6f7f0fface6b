package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two-digit code of a Thai province (รหัสจังหวัด) as the Department of Provincial Administration
 * numbers them: {@code 10} for Bangkok up to {@code 96} for Narathiwat, for example {@code 50} for
 * Chiang Mai. Any two digits build one, so that a plan file with a wrong code still reads and the
 * checker names the mistake; {@link #province()} says whether the code belongs to a province.
 */
public record ProvinceCode(String value) implements Comparable<ProvinceCode> {

  private static final Pattern FORM = Pattern.compile("[0-9]{2}");

  public ProvinceCode {
    checkArgument(
        FORM.matcher(value).matches(), "a province code must be two digits, got '%s'", value);
  }

  public static ProvinceCode of(String value) {
    return new ProvinceCode(value);
  }

  /** The province this code is assigned to; empty for a code no province has (28, 59, 97). */
  public Optional<Province> province() {
    return Province.byCode(this);
  }

  @Override
  public int compareTo(ProvinceCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
