package th.km.cli;

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
import th.km.core.calendar.FiscalYear;
import th.km.core.calendar.HolidayCalendar;
import th.km.core.evaluation.OrganizationYear;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.records.RecordProblem;
import th.km.core.records.YearRecords;
import th.km.core.store.PlanStore;
import th.km.core.store.StoredYears;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.Database;
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

  @Option(names = "--plan", paramLabel = "<file>", description = "ไฟล์แผน (JSON) / the plan file")
  private @Nullable Path planFile;

  @Option(
      names = "--records",
      paramLabel = "<dir>",
      description = "โฟลเดอร์บันทึกของปี / the records folder of the year (with --plan)")
  private @Nullable Path recordsDir;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Option(
      names = "--org",
      paramLabel = "<code>",
      description = "องค์กรในฐานข้อมูล / the organization in the database (instead of files)")
  private @Nullable String org;

  @Option(
      names = "--year",
      paramLabel = "<พ.ศ.>",
      description = {
        "ปีงบประมาณ พ.ศ. (กับ --org) ถ้าไม่ระบุใช้ปีที่มีวันที่ --as-of",
        "with --org: the fiscal year (Buddhist era); default the one containing --as-of"
      })
  private @Nullable Integer year;

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
    YearInput input = org != null ? fromDatabase(day, holidays, err) : fromFiles(day, holidays, err);
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

  private YearInput fromFiles(LocalDate day, HolidayCalendar holidays, PrintWriter err) {
    Path plan = planFile;
    Path records = recordsDir;
    if (plan == null || records == null || db != null || year != null) {
      throw new UnusableInputException(
          "ให้ระบุ --plan กับ --records เพื่ออ่านจากไฟล์ หรือ --org (กับ --db และ --year) เพื่ออ่านจากฐานข้อมูล",
          "give --plan and --records to read files, or --org (with --db and --year) to read the database");
    }
    KmPlan p = PlanInput.read(plan);
    YearRecords r = RecordsInput.read(records, p, err);
    return YearInput.evaluate(p, r, day, holidays);
  }

  private YearInput fromDatabase(LocalDate day, HolidayCalendar holidays, PrintWriter err) {
    if (planFile != null || recordsDir != null) {
      throw new UnusableInputException(
          "--org อ่านจากฐานข้อมูล จึงใช้คู่กับ --plan หรือ --records ไม่ได้",
          "--org reads the database, so it cannot go with --plan or --records");
    }
    OrganizationCode code = Options.organization(String.valueOf(org));
    Integer asked = year;
    FiscalYear fiscalYear = asked == null ? FiscalYear.containing(day) : Options.fiscalYear(asked);
    try (Database database = DatabaseInput.open(db)) {
      PlanStore plans = database.planStore(Clock.systemUTC());
      OrganizationYear stored =
          StoredYears.latest(plans, database.recordStore(), code, fiscalYear)
              .orElseThrow(
                  () ->
                      new UnusableInputException(
                          "ฐานข้อมูลไม่มีแผนของ " + code + " ปีงบประมาณ " + fiscalYear.buddhistYear(),
                          "the database has no plan of " + code + " for FY " + fiscalYear.buddhistYear()));
      for (RecordProblem p : stored.records().validate(stored.plan())) {
        err.println("km: " + code + ": " + p.message().th());
        err.println("km: " + code + ": " + p.message().en());
      }
      return YearInput.evaluate(stored.plan(), stored.records(), day, holidays);
    }
  }
}
