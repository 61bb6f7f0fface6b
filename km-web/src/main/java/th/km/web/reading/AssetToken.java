package th.km.web.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.km.core.calendar.FiscalYear;
import th.km.core.reading.AssetRef;

/**
 * An asset in one path segment, {@code 2569-asset-3}: the Buddhist year of its records, a dash, its
 * record id. Used where a route names an asset in one segment, as the public portal's {@code
 * /public/{org}/knowledge/{asset}}.
 */
public final class AssetToken {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-([\\p{L}\\p{M}\\p{N}._:#-]{1,100})");

  private AssetToken() {}

  /** The segment of the asset. */
  public static String of(AssetRef asset) {
    return asset.year().buddhistYear() + "-" + asset.assetId();
  }

  /** The segment of the asset of the year with the id. */
  public static String of(FiscalYear year, String assetId) {
    return year.buddhistYear() + "-" + assetId;
  }

  /** The asset the segment names; empty when it names none. */
  public static Optional<AssetRef> parse(String segment) {
    Matcher m = FORM.matcher(segment);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2400 || year > 2700) {
      return Optional.empty();
    }
    return Optional.of(AssetRef.of(year, m.group(2)));
  }
}
