package th.km.cli;

import picocli.CommandLine.Mixin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.OrganizationYear;
import th.km.persistence.PersistenceException;
import th.km.persistence.tables.Table;
import th.km.persistence.tables.TableFiles;
import th.km.persistence.tables.TableFormat;
import th.km.persistence.tables.TableLanguage;
import th.km.persistence.tables.TableName;
import th.km.persistence.tables.Tables;
import th.km.persistence.tables.YearInput;

/**
 * {@code km export-table}: writes one of the dashboard's tables (results, trainings, assets,
 * findings, Form 1, the action plan) as XLSX or as CSV in UTF-8 with a byte-order mark, from a plan
 * file and its records folder or from the database, as of a day. The cells are those of the web's
 * download of the same table; the file is replaced only once it is written whole.
 */
@Command(
    name = "export-table",
    mixinStandardHelpOptions = true,
    description = {
      "ส่งออกตารางของแดชบอร์ดเป็น XLSX หรือ CSV (UTF-8 มี BOM เปิดภาษาไทยใน Excel ได้)",
      "Export a dashboard table as XLSX or CSV (UTF-8 with BOM, so that Excel opens Thai)"
          + " (exit 0: written, 2: unusable input, 3: database failure)."
    })
public final class ExportTableCommand implements Callable<Integer> {

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "<name>",
      description = "ตาราง / the table: results, trainings, assets, findings, form1, action-plan")
  private String name = "";

  @Mixin private YearSource source = new YearSource();






  @Option(
      names = "--as-of",
      paramLabel = "<yyyy-mm-dd>",
      description = "ณ วันที่ (ค.ศ.) ถ้าไม่ระบุใช้วันนี้ตามเวลากรุงเทพฯ / as of this day; default today in Bangkok")
  private @Nullable String asOf;

  @Option(
      names = "--holidays",
      paramLabel = "<file>",
      description = "ไฟล์วันหยุดแทนไฟล์ที่มากับโปรแกรม / holiday file instead of the bundled one")
  private @Nullable Path holidaysFile;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "xlsx|csv",
      description = "รูปแบบไฟล์ / file format: xlsx or csv")
  private String format = "";

  @Option(
      names = "--lang",
      paramLabel = "th|en",
      description = "ภาษาของหัวตารางและข้อความ / language of headers and worded cells (default th)")
  private String language = "th";

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "<file>",
      description = "ไฟล์ที่จะเขียน (แทนที่ทั้งไฟล์เมื่อเขียนเสร็จ) / the file to write, replaced whole once written")
  private Path output = Path.of("");

  @Override
  public Integer call() {
    TableName table =
        TableName.of(name)
            .orElseThrow(
                () ->
                    new UnusableInputException(
                        "ไม่มีตาราง «" + name + "» ตารางที่มี: " + TableName.slugs(),
                        "there is no table '" + name + "'; the tables are: " + TableName.slugs()));
    TableFormat fileFormat =
        TableFormat.of(format)
            .orElseThrow(
                () ->
                    new UnusableInputException(
                        "--format «" + format + "» ใช้ไม่ได้ ให้ใช้ xlsx หรือ csv",
                        "--format '" + format + "' is not xlsx or csv"));
    TableLanguage lang =
        TableLanguage.of(language)
            .orElseThrow(
                () ->
                    new UnusableInputException(
                        "--lang «" + language + "» ใช้ไม่ได้ ให้ใช้ th หรือ en",
                        "--lang '" + language + "' is not th or en"));
    String asked = asOf;
    PrintWriter err = Commands.err(spec);
    LocalDate day =
        asked == null
            ? LocalDate.now(Clock.system(BANGKOK))
            : CliInputs.date("--as-of", asked, "2569-03-31", err);
    HolidayCalendar holidays = CliInputs.holidays(holidaysFile);
    OrganizationYear year = source.read(day, err);
    YearInput input = YearInput.evaluate(year.plan(), year.records(), day, holidays);
    Table built = Tables.build(table, input);
    try {
      TableFiles.write(built, fileFormat, lang, output);
    } catch (PersistenceException e) {
      String[] both = Main.thaiAndEnglish(String.valueOf(e.getMessage()));
      throw new UnusableInputException(both[0], both[1], e);
    }
    err.println(
        "km: เขียนตาราง " + table.slug() + " " + built.rows().size() + " แถว ลงไฟล์ " + output);
    err.println("km: wrote table " + table.slug() + ", " + built.rows().size() + " rows, to " + output);
    err.flush();
    return Main.OK;
  }

}
