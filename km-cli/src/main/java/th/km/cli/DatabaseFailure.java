package th.km.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import th.km.persistence.PersistenceException;
import th.km.persistence.db.DatabaseLocation;

/**
 * How a database failure reaches the user: two lines, Thai and English, that say what failed, the
 * database's URL with any password masked, and the cause's own message; the stack trace only with
 * {@code --verbose} or the environment variable {@code KM_DEBUG}.
 */
final class DatabaseFailure {

  private DatabaseFailure() {}

  /** Whether the exception is, or was caused by, a failure of the database. */
  static boolean isDatabaseFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PersistenceException || t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBySql(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  /** Reports the failure and returns the exit code for it. */
  static int report(Throwable e, ParseResult parsed, boolean verbose, PrintWriter err) {
    String url = url(parsed);
    String[] both = Main.thaiAndEnglish(oneLine(String.valueOf(e.getMessage())));
    if (e instanceof PersistenceException && (both[1].contains(url) || !causedBySql(e))) {
      err.println("km: " + both[0]);
      if (!both[1].equals(both[0])) {
        err.println("km: " + both[1]);
      }
    } else {
      String cause = cause(e);
      String th = e instanceof PersistenceException ? both[0] : "ฐานข้อมูลทำงานไม่สำเร็จ";
      String en = e instanceof PersistenceException ? beforeCause(both[1]) : "the database failed";
      err.println("km: " + th + " (" + url + "): " + cause);
      err.println("km: " + en + " (" + url + "): " + cause);
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return Main.DATABASE_FAILURE;
  }

  /** The database the command used: its {@code --db}, else what the environment names. */
  private static String url(ParseResult parsed) {
    @Nullable String db = null;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      OptionSpec option = p.matchedOption("--db");
      if (option != null) {
        db = option.getValue();
      }
    }
    try {
      return DatabaseLocation.fromEnvironment(Optional.ofNullable(db)).describe();
    } catch (PersistenceException | CommandLine.PicocliException e) {
      return "?";
    }
  }

  /** The message of the deepest cause, without the SQL statement H2 and jOOQ append to it. */
  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int statement = message.indexOf("; SQL statement:");
    return oneLine(statement < 0 ? message : message.substring(0, statement));
  }

  /** "what failed: the cause" without the cause, which is said once, shorter. */
  private static String beforeCause(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(0, colon);
  }

  /** Messages of H2 and Flyway run over several lines; a terminal needs one. */
  private static String oneLine(String message) {
    return String.join(" ", message.strip().split("\\s*\\R\\s*"));
  }
}
