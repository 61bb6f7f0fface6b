package th.km.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoppingTest {

  /** Run in a JVM of its own: prints what {@link Stopping#now} says before and while it stops. */
  public static final class Probe {
    public static void main(String[] args) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> System.out.println("stopping " + Stopping.now())));
      System.out.println("running " + Stopping.now());
      System.out.flush();
      System.exit(0);
    }
  }

  @Test
  void tellsARunningJvmFromOneThatHasBegunToStop() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Probe.class.getName()))
            .redirectErrorStream(true)
            .start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the probe JVM ended");
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(List.of("running false", "stopping true"), output.lines().toList(), output);
    assertEquals(0, child.exitValue(), output);
  }

  @Test
  void aServerStoppedWhileStartingSaysSoInThaiAndEnglishAndNotADatabaseError() {
    StringWriter err = new StringWriter();
    int code = Main.stoppedWhileStarting(new PrintWriter(err));
    assertEquals(Main.STOPPED, code);
    assertEquals(130, code, "as a shell counts an interrupt");
    String text = err.toString();
    assertTrue(text.contains("หยุดก่อนที่เซิร์ฟเวอร์จะพร้อมใช้งาน"), text);
    assertTrue(text.contains("stopped before the server was ready"), text);
    assertTrue(text.contains("what was stored is kept"), text);
    assertTrue(!text.contains("database"), text);
  }
}
