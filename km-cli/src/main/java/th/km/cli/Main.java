package th.km.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code km} command line. */
@Command(
    name = "km",
    mixinStandardHelpOptions = true,
    version = "km 0.1.0",
    description = "แผนการจัดการความรู้ขององค์กรปกครองส่วนท้องถิ่น / KM plans of Thai local governments.",
    footer = {
      "",
      "The web server's commands (run by ./km, their help: ./km help demo):",
      "  demo     เว็บสาธิตแผนบ้านแหวนในฐานข้อมูล H2 ของตัวเอง / the web server with the Ban Waen demo",
      "  serve    เปิดเว็บกับฐานข้อมูลจริง / the web server on a real database (--db, --port)",
      "  account  สร้างหรือแก้บัญชีผู้ใช้ / make or change an account of that database",
      "",
      "--verbose (or KM_DEBUG=1) adds the stack trace to a failure's message."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      CheckCommand.class,
      DbCommand.class,
      DemoYearCommand.class,
      DocCommand.class,
      DueDateCommand.class,
      EvaluateCommand.class,
      ExportTableCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      ImportTextCommand.class,
    })
public final class Main {

  /** Success. */
  public static final int OK = 0;

  /** The command ran and found what it was asked to look for (a check found errors). */
  public static final int FINDINGS = 1;

  /** Unusable input: a missing or malformed file, a bad option. */
  public static final int UNUSABLE_INPUT = 2;

  /** The database could not be opened, migrated, read or written. */
  public static final int DATABASE_FAILURE = 3;

  /**
   * The option, accepted anywhere on the command line, that adds the stack trace to a failure's
   * message; the environment variable {@code KM_DEBUG} does the same.
   */
  static final String VERBOSE = "--verbose";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean verbose = rest.remove(VERBOSE) | System.getenv("KM_DEBUG") != null;
    CommandLine cli = commandLine(out, err, verbose);
    return cli.execute(rest.toArray(String[]::new));
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, false);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean verbose) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          err.println("km: ตัวเลือกหรืออาร์กิวเมนต์ไม่ถูกต้อง / invalid option or argument: " + ex.getMessage());
          ex.getCommandLine().usage(err);
          err.flush();
          return UNUSABLE_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UnusableInputException e) {
            err.println("km: " + e.messageTh());
            err.println("km: " + e.getMessage());
            err.flush();
            return UNUSABLE_INPUT;
          }
          if (DatabaseFailure.isDatabaseFailure(ex)) {
            return DatabaseFailure.report(ex, parseResult, verbose, err);
          }
          throw ex;
        });
    return cli;
  }

  /**
   * A message written "Thai / English", as km-persistence writes its messages, split into its Thai
   * and its English part; both are the whole message when it has no such separator.
   */
  static String[] thaiAndEnglish(String message) {
    int slash = message.indexOf(" / ");
    if (slash < 0) {
      return new String[] {message, message};
    }
    return new String[] {message.substring(0, slash), message.substring(slash + 3)};
  }

  private static PrintWriter utf8(java.io.PrintStream stream) {
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
