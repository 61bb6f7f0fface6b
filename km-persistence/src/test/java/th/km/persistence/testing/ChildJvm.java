package th.km.persistence.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A second JVM running a main class of the tests, on the tests' own class path: for what must
 * happen in another process (a writer connected through H2's AUTO_SERVER, an import killed with
 * SIGKILL). Its standard error goes to a file, so that a failure can be read afterwards.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final Path errors;

  private ChildJvm(Process process, Path errors) {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.errors = errors;
  }

  /** Starts {@code main} with the arguments; its stderr goes to {@code errors}. */
  public static ChildJvm start(Class<?> main, Path errors, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Duser.timezone=America/Los_Angeles");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    return new ChildJvm(process, errors);
  }

  /**
   * Waits for the child to print a line that starts with {@code prefix} and returns it.
   *
   * @throws IllegalStateException when the child ends or the time runs out first
   */
  public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                  if (l.startsWith(prefix)) {
                    return l;
                  }
                }
                return null;
              } catch (IOException e) {
                return null;
              }
            });
    try {
      String found = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (found == null) {
        throw new IllegalStateException("child ended before printing '" + prefix + "'" + stderr());
      }
      return found;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("child did not print '" + prefix + "' in time" + stderr(), e);
    }
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
      return "; its stderr:\n" + java.nio.file.Files.readString(errors, StandardCharsets.UTF_8);
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
