package th.km.persistence.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of the tests, on the tests' own class path: for what must
 * happen in another process (a writer connected through H2's AUTO_SERVER, an import killed with
 * SIGKILL). A thread reads what it prints, line by line, as it comes; its standard error goes to a
 * file, so that a failure can be read afterwards.
 */
public final class ChildJvm implements AutoCloseable {

  /** Put on the queue when the child's output ends. */
  private static final String END = "\u0000end";

  private final Process process;
  private final Path errors;
  private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
  private final List<String> printed = new CopyOnWriteArrayList<>();

  private ChildJvm(Process process, Path errors) {
    this.process = process;
    this.errors = errors;
    Thread reader = new Thread(this::readOutput, "child-jvm-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} with the arguments; its stderr goes to {@code errors}. */
  public static ChildJvm start(Class<?> main, Path errors, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A child lives seconds: the first compiler tier and the serial collector start it fastest.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Duser.timezone=America/Los_Angeles");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    return new ChildJvm(process, errors);
  }

  private void readOutput() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        printed.add(line);
        unread.add(line);
      }
    } catch (IOException e) {
      // Killing the child closes the stream under the reader: its output simply ends there.
    } finally {
      unread.add(END);
    }
  }

  /**
   * Waits for the child to print a line that starts with {@code prefix} and returns it.
   *
   * @throws IllegalStateException when the child ends or the time runs out first
   */
  public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String line = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new IllegalStateException("child did not print '" + prefix + "' in time" + stderr());
      }
      if (line.equals(END)) {
        unread.add(END);
        throw new IllegalStateException("child ended before printing '" + prefix + "'" + stderr());
      }
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  /** Every line the child printed that the reader has seen so far. */
  public List<String> printed() {
    return List.copyOf(printed);
  }

  /** Kills the child at once, as SIGKILL does: no shutdown hooks, no finally blocks. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Waits for the child to end by itself and returns its exit code. */
  public int await(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("child did not end in time" + stderr());
    }
    return process.exitValue();
  }

  /** What the child wrote to stderr so far, for failure messages. */
  public String stderr() {
    try {
      return "; its stderr:\n" + Files.readString(errors, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "; its stderr could not be read: " + e.getMessage();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
