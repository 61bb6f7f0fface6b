package th.km.persistence.national;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import th.km.core.plan.OrganizationCode;
import th.km.core.plan.OrganizationType;
import th.km.core.plan.Province;

/**
 * Which local governments a dataset of {@code n} holds: the country's mix of 76 PAOs (อบจ.), 2,472
 * municipalities (30 เทศบาลนคร, 195 เทศบาลเมือง, 2,247 เทศบาลตำบล) and 5,302 SAOs (อบต.), 7,850 in
 * all, scaled down by largest remainders for a smaller {@code n}. The provinces used scale with
 * it: one per PAO, so {@code n = 100} is one province and {@code n = 7850} is all 76 outside
 * Bangkok. Each organization is given to a province in turn.
 */
public final class NationalMix {

  /** The size of the whole country. */
  public static final int NATIONAL = 7_850;

  private static final List<OrganizationType> TYPES =
      List.of(
          OrganizationType.PROVINCIAL_ADMINISTRATIVE_ORGANIZATION,
          OrganizationType.CITY_MUNICIPALITY,
          OrganizationType.TOWN_MUNICIPALITY,
          OrganizationType.SUBDISTRICT_MUNICIPALITY,
          OrganizationType.SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION);

  private static final int[] COUNTRY = {76, 30, 195, 2_247, 5_302};

  private static final List<String> HEADS =
      List.of("บ้าน", "หนอง", "ดอน", "โคก", "ห้วย", "นา", "ท่า", "วัง", "บึง", "ป่า", "แม่", "เวียง");
  private static final List<String> TAILS =
      List.of(
          "แก้ว", "ทอง", "ใหม่", "หลวง", "งาม", "สะอาด", "ยาง", "ไผ่", "แดง", "จันทร์", "ศรี", "เหนือ",
          "ใต้", "กลาง", "สวรรค์", "คำ", "บัว", "ขาม", "โพธิ์", "ตาล");

  /** One organization of the dataset, before its plan and records are drawn. */
  public record Seat(
      int index, OrganizationCode code, OrganizationType type, String name, Province province) {}

  private NationalMix() {}

  /** How many of each type ({@link #types()} order) a dataset of {@code n} holds. */
  public static int[] counts(int n) {
    checkArgument(n >= 1, "a dataset needs at least one organization, got %s", n);
    int[] counts = new int[COUNTRY.length];
    double[] remainders = new double[COUNTRY.length];
    int given = 0;
    for (int i = 0; i < COUNTRY.length; i++) {
      double exact = (double) COUNTRY[i] * n / NATIONAL;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      given += counts[i];
    }
    while (given < n) {
      int best = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
      given++;
    }
    return counts;
  }

  public static List<OrganizationType> types() {
    return TYPES;
  }

  /** The organizations of a dataset of {@code n}, the same for the same {@code n} and seed. */
  public static List<Seat> seats(int n, long seed) {
    int[] counts = counts(n);
    List<Province> provinces =
        List.of(Province.values()).stream().filter(p -> p != Province.BANGKOK).toList();
    int used = Math.max(1, Math.min(provinces.size(), counts[0]));
    Random random = new Random(seed);
    List<Seat> seats = new ArrayList<>(n);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int t = 0; t < TYPES.size(); t++) {
      OrganizationType type = TYPES.get(t);
      for (int k = 0; k < counts[t]; k++) {
        Province province = provinces.get(k % used);
        String name;
        if (t <= 1 && k < used) {
          name = province.thaiName();
        } else {
          do {
            name = HEADS.get(random.nextInt(HEADS.size())) + TAILS.get(random.nextInt(TAILS.size()))
                + (random.nextInt(3) == 0 ? TAILS.get(random.nextInt(TAILS.size())) : "");
          } while (!names.add(type + name + province));
        }
        String code =
            String.format(
                Locale.ROOT, "%s-%s-%04d", prefix(type), province.code().value(), k / used + 1);
        seats.add(new Seat(seats.size(), OrganizationCode.of(code), type, name, province));
      }
    }
    return seats;
  }

  private static String prefix(OrganizationType type) {
    return switch (type) {
      case PROVINCIAL_ADMINISTRATIVE_ORGANIZATION -> "pao";
      case CITY_MUNICIPALITY -> "city";
      case TOWN_MUNICIPALITY -> "town";
      case SUBDISTRICT_MUNICIPALITY -> "tm";
      default -> "sao";
    };
  }
}
