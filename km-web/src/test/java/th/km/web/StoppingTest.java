package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server's start stopped by the JVM's shutdown says so; a start that is over says nothing. */
class StoppingTest {

  /**
   * Run in a JVM of its own, then stopped with {@code System.exit}: {@code watched} stops while a
   * start is watched, {@code over} after the start has ended. It prints what another
   * watch's {@link Stopping#endedByStop} says before it stops and while it stops.
   */
  public static final class Probe {
    public static void main(String[] args) {
      PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> System.out.println("stopping " + Stopping.watch(err).endedByStop())));
      Stopping starting = Stopping.watch(err);
      if (args[0].equals("over")) {
        starting.endedByStop();
      }
      System.out.println("running " + Stopping.watch(err).endedByStop());
      System.out.flush();
      System.exit(0);
    }
  }

  private record Ended(List<String> out, String err) {}

  private static Ended probe(String mode) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Dstderr.encoding=UTF-8",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Probe.class.getName(),
                    mode))
            .start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the probe JVM ended");
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), err);
    return new Ended(out.lines().toList(), err);
  }

  @Test
  void aStartStoppedByTheJvmSaysSoInThaiAndEnglish() throws Exception {
    Ended ended = probe("watched");
    assertEquals(List.of("running false", "stopping true"), ended.out());
    assertTrue(ended.err().contains("หยุดก่อนที่เซิร์ฟเวอร์จะพร้อมใช้งาน"), ended.err());
    assertTrue(ended.err().contains("stopped before the server was ready"), ended.err());
    assertTrue(ended.err().contains("what was stored is kept"), ended.err());
  }

  @Test
  void aStartThatIsOverSaysNothingWhenTheJvmStops() throws Exception {
    Ended ended = probe("over");
    assertEquals(List.of("running false", "stopping true"), ended.out());
    assertFalse(ended.err().contains("stopped before"), ended.err());
  }
}
