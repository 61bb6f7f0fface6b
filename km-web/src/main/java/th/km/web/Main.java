package th.km.web;

import io.javalin.Javalin;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import th.km.core.calendar.TypedDates;
import th.km.web.mail.SmtpSettings;

/**
 * Entry point of the web server, reached through {@code ./km demo [--port N] [--as-of DATE]} and
 * {@code ./km serve [--db <jdbc-url>] [--port N]}, and {@code ./km account} that makes the accounts
 * of a real database. Exit codes as for the command line: 0 success, 2 unusable input or a
 * command that cannot run.
 */
public final class Main {

  /** Success. */
  public static final int OK = 0;

  /** Unusable input, or a command this build cannot run yet. */
  public static final int UNUSABLE_INPUT = 2;

  /** Exit code when the database cannot be opened or holds nothing to serve. */
  public static final int NO_DATABASE = 2;

  /** The address {@code serve} listens on unless {@code --host} says otherwise. */
  static final String LOOPBACK = "127.0.0.1";

  /** The port when none is given. */
  public static final int DEFAULT_PORT = 7070;

  /** The database failed while a command ran, as on the command line. */
  public static final int DATABASE_FAILURE = 3;

  /** Stopped (Ctrl-C, SIGTERM) before the server was ready, as a shell counts an interrupt. */
  public static final int STOPPED = 130;

  /** What was asked on the command line. */
  sealed interface Command {
    /**
     * {@code demo}: the shipped demo plan and year, seen as of a day of the demo year.
     *
     * @param port the port, 0 for any free one
     * @param asOf the day to show the year as of; empty for today, or a day of the demo year when
     *     today lies outside it
     */
    record Demo(int port, Optional<LocalDate> asOf) implements Command {}

    /**
     * {@code serve}: a real database.
     *
     * @param jdbcUrl the database, else the environment's, else the H2 file in the data folder
     * @param port the port
     * @param host the address to listen on: the loopback interface unless asked otherwise
     * @param httpsProxy {@code --https-proxy}: km is reached through an HTTPS proxy, whose
     *     X-Forwarded-Proto and X-Forwarded-For it trusts; the session cookie is Secure and HSTS sent
     * @param smtp {@code --smtp}: where the daily digest of what is due is e-mailed from; without
     *     it, {@code KM_SMTP} is read when the server starts, and without either no mail is sent
     */
    record Serve(Optional<String> jdbcUrl, int port, String host, boolean httpsProxy, Optional<SmtpSettings> smtp)
        implements Command {
      Serve(Optional<String> jdbcUrl, int port) {
        this(jdbcUrl, port, LOOPBACK, false);
      }

      Serve(Optional<String> jdbcUrl, int port, String host, boolean httpsProxy) {
        this(jdbcUrl, port, host, httpsProxy, Optional.empty());
      }

      Serve(Optional<String> jdbcUrl, int port, String host) {
        this(jdbcUrl, port, host, false);
      }
    }

    /** {@code --help}. */
    record Help() implements Command {}
  }

  /** A command line that cannot be understood, with the reason in Thai and English. */
  record Unusable(String th, String en) {}

  private static final String USAGE =
      """
      usage: km demo [--port N] [--as-of YYYY-MM-DD]
             km serve [--db <jdbc-url>] [--port N] [--host ADDRESS] [--https-proxy]
                      [--smtp smtp://[USER:PASSWORD@]HOST[:PORT]?from=ADDRESS]
      """
          + AccountCommand.USAGE;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && args[0].equals("account")) {
      return AccountCommand.run(List.of(args), out, err);
    }
    Object parsed = parse(List.of(args));
    if (parsed instanceof Unusable u) {
      err.println("km: " + u.th());
      err.println("km: " + u.en());
      err.print(USAGE);
      err.flush();
      return UNUSABLE_INPUT;
    }
    return switch ((Command) parsed) {
      case Command.Help h -> {
        out.print(USAGE);
        out.flush();
        yield OK;
      }
      case Command.Demo d -> {
        Demo demo;
        Stopping starting = Stopping.watch(err);
        try {
          demo = Demo.start(d.port(), d.asOf(), Clock.system(WebConfig.THAILAND), Demo.location());
        } catch (RuntimeException e) {
          if (starting.endedByStop()) {
            yield STOPPED; // the watch's hook says so
          }
          err.println("km: เริ่มการสาธิตที่พอร์ต " + d.port() + " ไม่ได้: " + e.getMessage());
          err.println("km: cannot start the demo on port " + d.port() + ": " + e.getMessage());
          err.flush();
          yield UNUSABLE_INPUT;
        }
        starting.endedByStop();
        demo.print(out);
        serveUntilStopped(demo.app());
        demo.database().close();
        yield OK;
      }
      case Command.Serve s -> {
        Server server;
        Stopping starting = Stopping.watch(err);
        try {
          server = Server.start(s, Clock.system(WebConfig.THAILAND));
        } catch (Server.Unservable u) {
          if (starting.endedByStop()) {
            yield STOPPED;
          }
          err.println("km: " + u.th());
          err.println("km: " + u.en());
          err.flush();
          yield NO_DATABASE;
        } catch (RuntimeException e) {
          if (starting.endedByStop()) {
            yield STOPPED;
          }
          throw e;
        }
        starting.endedByStop();
        server.print(out);
        serveUntilStopped(server.app());
        server.database().close();
        yield OK;
      }
    };
  }

  /** The command, or an {@link Unusable} that says what is wrong. */
  static Object parse(List<String> args) {
    if (args.isEmpty()) {
      return new Unusable("ไม่ได้ระบุคำสั่ง (demo หรือ serve)", "no command given (demo or serve)");
    }
    String command = args.get(0);
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      return new Command.Help();
    }
    if (!command.equals("demo") && !command.equals("serve")) {
      return new Unusable("ไม่รู้จักคำสั่ง '" + command + "'", "unknown command '" + command + "'");
    }
    @Nullable String db = null;
    String host = LOOPBACK;
    @Nullable LocalDate asOf = null;
    int port = DEFAULT_PORT;
    boolean httpsProxy = false;
    Optional<SmtpSettings> smtp = Optional.empty();
    for (int i = 1; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--https-proxy") && command.equals("serve")) {
        httpsProxy = true;
        continue;
      }
      boolean known =
          option.equals("--port")
              || (option.equals("--db") && command.equals("serve"))
              || (option.equals("--host") && command.equals("serve"))
              || (option.equals("--smtp") && command.equals("serve"))
              || (option.equals("--as-of") && command.equals("demo"));
      if (!known) {
        return new Unusable(
            "คำสั่ง " + command + " ไม่มีตัวเลือก '" + option + "'",
            command + " has no option '" + option + "'");
      }
      if (i + 1 >= args.size()) {
        return new Unusable(
            "ตัวเลือก " + option + " ต้องมีค่าตามหลัง", "option " + option + " needs a value");
      }
      String value = args.get(++i);
      if (option.equals("--host")) {
        if (!value.matches("[0-9A-Za-z.:\\-\\[\\]]{1,255}")) {
          return new Unusable(
              "--host ต้องเป็นที่อยู่ IP หรือชื่อเครื่อง แต่ได้ '" + value + "'",
              "--host must be an IP address or a host name, got '" + value + "'");
        }
        host = value;
      } else if (option.equals("--smtp")) {
        try {
          smtp = Optional.of(SmtpSettings.parse(value));
        } catch (SmtpSettings.Invalid e) {
          return new Unusable(e.th(), e.en());
        }
      } else if (option.equals("--db")) {
        if (!value.startsWith("jdbc:")) {
          return new Unusable(
              "--db ต้องเป็น JDBC URL ที่ขึ้นต้นด้วย jdbc: แต่ได้ '" + value + "'",
              "--db must be a JDBC URL starting with jdbc:, got '" + value + "'");
        }
        db = value;
      } else if (option.equals("--as-of")) {
        if (!(TypedDates.read(value) instanceof TypedDates.Reading.Valid v)) {
          return new Unusable(
              "--as-of ต้องเป็นวันที่ที่มีจริง เช่น 2569-03-31 หรือ 31/3/2569 (ปี 2400 ขึ้นไปเป็น พ.ศ.)"
                  + " แต่ได้ '" + value + "'",
              "--as-of must be a day that exists, such as 2026-03-31 or 31/3/2569 (a year of 2400"
                  + " or more is B.E.), got '" + value + "'");
        }
        asOf = v.date();
      } else {
        OptionalInt p = portOf(value);
        if (p.isEmpty()) {
          return new Unusable(
              "--port ต้องเป็นเลข 1-65535 แต่ได้ '" + value + "'",
              "--port must be a number from 1 to 65535, got '" + value + "'");
        }
        port = p.getAsInt();
      }
    }
    return command.equals("demo")
        ? new Command.Demo(port, Optional.ofNullable(asOf))
        : new Command.Serve(Optional.ofNullable(db), port, host, httpsProxy, smtp);
  }

  /**
   * Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then stops the server so that
   * open requests finish.
   */
  private static void serveUntilStopped(Javalin app) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  stopped.countDown();
                },
                "km-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      app.stop();
    }
  }

  private static OptionalInt portOf(String text) {
    if (!text.matches("[0-9]{1,5}")) {
      return OptionalInt.empty();
    }
    int p = Integer.parseInt(text);
    return p >= 1 && p <= 65_535 ? OptionalInt.of(p) : OptionalInt.empty();
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
