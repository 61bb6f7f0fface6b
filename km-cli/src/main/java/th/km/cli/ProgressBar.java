package th.km.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for a batch over many organizations, redrawn in place with a
 * carriage return. Drawn only when asked to (stderr is a terminal); redrawn when the shown per
 * mille changes, so that a batch of thousands writes at most a thousand lines' worth.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean shown;
  private final int total;
  private int lastPerMille = -1;

  /**
   * @param err where the bar is drawn
   * @param shown whether to draw it at all
   * @param total how many steps make the whole bar
   */
  ProgressBar(PrintWriter err, boolean shown, int total) {
    this.err = err;
    this.shown = shown;
    this.total = total;
  }

  /** Whether stderr is a terminal, where a bar redrawn in place reads well. */
  static boolean terminal() {
    return System.console() != null;
  }

  /** Shows that {@code done} steps are done, {@code failed} of them failed. */
  void step(int done, int failed) {
    if (!shown) {
      return;
    }
    int perMille = total == 0 ? 1000 : (int) (done * 1000L / total);
    if (perMille == lastPerMille) {
      return;
    }
    lastPerMille = perMille;
    err.print('\r' + line(done, failed, total));
    err.flush();
  }

  /** Ends the bar's line, so that what follows starts on its own; the next step draws it anew. */
  void finish() {
    if (shown && lastPerMille >= 0) {
      err.print('\n');
      err.flush();
    }
    lastPerMille = -1;
  }

  /** The bar's text: {@code [#######.......]  45%  3530/7850 ไม่สำเร็จ/failed 2}. */
  static String line(int done, int failed, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    int percent = total == 0 ? 100 : (int) (done * 100L / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
        + String.format(java.util.Locale.ROOT, "%3d%% %d/%d", percent, done, total)
        + (failed > 0 ? " ไม่สำเร็จ/failed " + failed : "");
  }
}
