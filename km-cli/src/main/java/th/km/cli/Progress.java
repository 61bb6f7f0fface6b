package th.km.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * A one-line progress counter on stderr ({@code [ 35/100] pao-50-0001}), drawn only when stderr
 * is a terminal: in a log or a pipe it would be noise.
 */
final class Progress {

  private final PrintWriter err;
  private final int total;
  private final boolean shown;

  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
    this.shown = onTerminal();
  }

  void step(int done, String what) {
    if (shown) {
      err.print("\r[" + done + "/" + total + "] " + what + "\u001b[K");
      err.flush();
    }
  }

  void finish() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }

  /**
   * Whether km talks to a terminal. Since JDK 22 {@link System#console()} is there even when the
   * streams are redirected, and {@code Console.isTerminal()} says which; km compiles for 21, so it
   * asks by name.
   */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
