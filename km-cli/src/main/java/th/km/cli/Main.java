package th.km.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code km} command line. */
@Command(
    name = "km",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "แผนการจัดการความรู้ขององค์กรปกครองส่วนท้องถิ่น / KM plans of Thai local governments.",
    footer = {
      "",
      "The web server's commands (run by ./km, their help: ./km help demo):",
      "  demo     เว็บสาธิตแผนบ้านแหวนในฐานข้อมูล H2 ของตัวเอง / the web server with the Ban Waen demo",
      "  serve    เปิดเว็บกับฐานข้อมูลจริง / the web server on a real database (--db, --port)",
      "  account  สร้างหรือแก้บัญชีผู้ใช้ / make or change an account of that database",
      "",
      "--verbose (or KM_DEBUG=1) adds the stack trace to a failure's message."
    })
public final class Main {

  /** What {@code km --version} prints. */
  static final String VERSION = "km 0.1.0";

  /**
   * The subcommands by name. picocli reads a command's annotations when it is added, which for
   * all of them costs more than the JVM's start: only the command asked for is added (all of them
   * for help and for a command line that names none). Made on first use, as naming picocli's help
   * command loads picocli, which {@code --version} and {@code --help} do without.
   */
  private static final class Subcommands {
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("help", CommandLine.HelpCommand.class);
    all.put("check", CheckCommand.class);
    all.put("db", DbCommand.class);
    all.put("demo-year", DemoYearCommand.class);
    all.put("doc", DocCommand.class);
    all.put("due-date", DueDateCommand.class);
    all.put("evaluate", EvaluateCommand.class);
    all.put("export-table", ExportTableCommand.class);
    all.put("generate", GenerateCommand.class);
    all.put("import", ImportCommand.class);
    all.put("import-text", ImportTextCommand.class);
    all.put("search", SearchCommand.class);
    return Collections.unmodifiableMap(all);
  }

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
    // A quick answer returns instead of exiting: System.exit looks up a System.Logger, and that
    // opens every jar of the class path in search of a logging service, which costs more than the
    // answer itself.
    if (QuickAnswers.answer(List.of(args), utf8Writer(System.out))) {
      return;
    }
    System.exit(run(args, utf8Writer(System.out), utf8Writer(System.err)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean verbose = rest.remove(VERBOSE) | System.getenv("KM_DEBUG") != null;
    if (QuickAnswers.answer(rest, out)) {
      return OK;
    }
    CommandLine cli = commandLine(out, err, verbose, neededSubcommands(rest));
    return cli.execute(rest.toArray(String[]::new));
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, false, Subcommands.SUBCOMMANDS.keySet());
  }

  /**
   * The subcommands a command line needs: the one it names, none for {@code --version}, and all
   * of them otherwise (help, a mistyped name, nothing at all) so that usage lists every one.
   */
  static Collection<String> neededSubcommands(List<String> args) {
    if (args.equals(List.of("--version")) || args.equals(List.of("-V"))) {
      return List.of();
    }
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        Map<String, Class<?>> all = Subcommands.SUBCOMMANDS;
        return all.containsKey(arg) && !arg.equals("help") ? List.of(arg) : all.keySet();
      }
    }
    return Subcommands.SUBCOMMANDS.keySet();
  }

  private static CommandLine commandLine(
      PrintWriter out, PrintWriter err, boolean verbose, Collection<String> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    for (String name : subcommands) {
      cli.addSubcommand(name, Subcommands.SUBCOMMANDS.get(name));
    }
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

  /**
   * A writer onto {@code stream} as {@link #main} gives {@link #run} its standard output: UTF-8,
   * and the large outputs (the CSV of {@code evaluate --all}) written to the stream as bytes. For a
   * caller that runs the command line in its own process with the output going elsewhere (the
   * evaluate benchmark's file), so that the command does what it does under {@code ./km}.
   */
  public static PrintWriter utf8Writer(java.io.OutputStream stream) {
    return new Utf8Writer(stream);
  }

  /**
   * A writer that encodes in UTF-8 onto a byte stream, which a large output already in UTF-8 may
   * write to directly after flushing the writer ({@link CsvBytes#writeTo}).
   */
  static final class Utf8Writer extends PrintWriter {

    private final java.io.OutputStream stream;

    Utf8Writer(java.io.OutputStream stream) {
      super(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
      this.stream = stream;
    }

    /** The byte stream under the writer; flush the writer before writing to it. */
    java.io.OutputStream stream() {
      return stream;
    }
  }
}
