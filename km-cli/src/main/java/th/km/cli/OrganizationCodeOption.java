package th.km.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import th.km.core.plan.OrganizationCode;
import th.km.core.textimport.ImportOptions;

/**
 * The {@code --code} option of the commands that import a plan ({@code km import}, {@code km
 * import-text}): the organization's code, given instead of the one made of the document's names. A
 * picocli mixin, so that both read and refuse it alike.
 */
final class OrganizationCodeOption {

  @Option(
      names = "--code",
      paramLabel = "<code>",
      description = {
        "รหัสองค์กร เช่น ban-waen (ค่าเริ่มต้น: จากชื่อภาษาอังกฤษหรือชื่อภาษาไทยในเอกสาร)",
        "organization code such as ban-waen (default: from the document's English or Thai name)"
      })
  private @Nullable String code;

  /** The importer's options: the code of {@code --code}, else the defaults. */
  ImportOptions importOptions() {
    String c = code;
    if (c == null) {
      return ImportOptions.defaults();
    }
    try {
      return ImportOptions.withOrganizationCode(OrganizationCode.of(c));
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(
          "--code «" + c + "» ต้องเป็นอักษรละตินตัวเล็ก ตัวเลข หรือขีดกลาง ยาวไม่เกิน 40 ตัว",
          "--code '" + c + "' must be 1-40 lower-case Latin letters, digits or inner dashes",
          e);
    }
  }
}
