package th.km.web;

/**
 * Whether the JVM has begun to stop (Ctrl-C, SIGTERM, {@code System.exit}). H2's own shutdown hook
 * then closes the database under whatever is still starting, so that a server stopped while it
 * loads its data fails with a database error (H2 90121 or 90135) that is not the cause: {@link
 * Main} asks this first and says the server was stopped instead.
 */
final class Stopping {

  private Stopping() {}

  /** True once the JVM's shutdown has begun: it then refuses new shutdown hooks. */
  static boolean now() {
    Thread probe = new Thread(() -> {}, "km-stopping-probe");
    try {
      Runtime.getRuntime().addShutdownHook(probe);
    } catch (IllegalStateException e) {
      return true;
    }
    Runtime.getRuntime().removeShutdownHook(probe);
    return false;
  }
}
