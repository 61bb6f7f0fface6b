package th.km.web;

import java.io.PrintWriter;

/**
 * A server's start watched for the JVM stopping under it (Ctrl-C, SIGTERM). H2's own shutdown hook
 * then closes the database under whatever is still starting, and the start fails with a database
 * error (H2 90121 or 90135) that is not the cause. So, until the start has {@link #endedByStop
 * ended} (the server ready, or its start failed for a reason of its own), a shutdown hook of this watch says
 * the server was stopped before it was ready; the hook, not the starting thread, says it, because
 * the JVM may halt before that thread gets to print.
 */
final class Stopping {

  private final Thread hook;
  private volatile boolean over;

  private Stopping(PrintWriter err) {
    this.hook = new Thread(() -> sayStopped(err), "km-stopped-while-starting");
  }

  /** Watches a start that tells on {@code err}. */
  static Stopping watch(PrintWriter err) {
    Stopping watch = new Stopping(err);
    try {
      Runtime.getRuntime().addShutdownHook(watch.hook);
    } catch (IllegalStateException e) {
      // Already stopping before the start began: there is no start to tell about.
      watch.over = true;
    }
    return watch;
  }

  /**
   * Ends the watch when the start is over, the server ready or its start failed: returns true when
   * the JVM is stopping, and then this watch's hook says so; otherwise it says nothing from now on.
   */
  boolean endedByStop() {
    if (now()) {
      return true;
    }
    over = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The stop began just now: the hook runs, sees the start over, and says nothing.
    }
    return false;
  }

  /** True once the JVM's shutdown has begun: it then refuses new shutdown hooks. */
  private static boolean now() {
    Thread probe = new Thread(() -> {}, "km-stopping-probe");
    try {
      Runtime.getRuntime().addShutdownHook(probe);
    } catch (IllegalStateException e) {
      return true;
    }
    Runtime.getRuntime().removeShutdownHook(probe);
    return false;
  }

  private void sayStopped(PrintWriter err) {
    if (over) {
      return;
    }
    err.println("km: หยุดก่อนที่เซิร์ฟเวอร์จะพร้อมใช้งาน (Ctrl-C หรือสัญญาณให้หยุด) ข้อมูลที่บันทึกแล้วยังอยู่");
    err.println("km: stopped before the server was ready (Ctrl-C or a stop signal); what was stored is kept");
    err.flush();
  }
}
