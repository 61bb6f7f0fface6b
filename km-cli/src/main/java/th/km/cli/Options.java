package th.km.cli;

import th.km.core.calendar.FiscalYear;
import th.km.core.plan.OrganizationCode;

/** Option values the database commands share, checked once, each failure unusable input. */
final class Options {

  private Options() {}

  /** The organization code of {@code --org}. */
  static OrganizationCode organization(String code) {
    try {
      return OrganizationCode.of(code.strip());
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(
          "--org «" + code + "» ไม่ใช่รหัสองค์กร (ตัวอักษรอังกฤษตัวเล็ก ตัวเลข และ - เช่น ban-waen)",
          "--org '" + code + "' is not an organization code (lower-case letters, digits and -,"
              + " such as ban-waen)",
          e);
    }
  }

  /** The fiscal year of {@code --year}, a Buddhist-era year such as 2569. */
  static FiscalYear fiscalYear(int buddhistYear) {
    try {
      return FiscalYear.ofBuddhistYear(buddhistYear);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(
          "--year " + buddhistYear + " ไม่ใช่ปีงบประมาณ พ.ศ. ที่ใช้ได้ (เช่น 2569)",
          "--year " + buddhistYear + " is not a usable fiscal year in the Buddhist era (such as"
              + " 2569)",
          e);
    }
  }
}
