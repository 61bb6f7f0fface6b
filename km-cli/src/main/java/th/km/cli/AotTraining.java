package th.km.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run that trains the batch commands' AOT cache ({@code target/km-cli-batch.aot}, {@code
 * ./km}'s {@code train_for}, JDK 25's {@code -XX:AOTCacheOutput}): {@code java -cp km-cli.jar
 * th.km.cli.AotTraining <scratch folder>} runs them in one process, as a user runs them, over a
 * small dataset of its own (three organizations, seed 1): {@code generate --out}, {@code db import
 * --all} of those folders into a scratch H2 database, and {@code evaluate --all} over it in each
 * format. The cache then holds the classes and method profiles these commands use, not only those
 * of a trivial command. The folder is emptied before and deleted after; the exit code is the first
 * failing command's (the script then keeps no cache).
 */
public final class AotTraining {

  /** The fiscal year and day of the training's evaluation, those of the generated dataset. */
  private static final String YEAR = "2569";

  private static final String AS_OF = "2026-09-30";

  private AotTraining() {}

  /** {@code AotTraining <scratch folder>}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AotTraining <scratch folder>");
      System.exit(Main.UNUSABLE_INPUT);
    }
    System.exit(train(Path.of(args[0])));
  }

  /** Runs the training's commands in {@code dir}; returns 0, or the first failing command's exit code. */
  static int train(Path dir) throws IOException {
    deleteAll(dir);
    Files.createDirectories(dir);
    String folders = dir.resolve("folders").toString();
    String db = "jdbc:h2:file:" + dir.resolve("h2").resolve("km");
    List<List<String>> commands = List.of(
        List.of("generate", "--orgs", "3", "--seed", "1", "--out", folders),
        List.of("db", "import", "--all", folders, "--db", db),
        List.of("evaluate", "--all", "--year", YEAR, "--as-of", AS_OF, "--db", db, "--format", "csv"),
        List.of("evaluate", "--all", "--year", YEAR, "--as-of", AS_OF, "--db", db, "--format", "json"),
        List.of("evaluate", "--all", "--year", YEAR, "--as-of", AS_OF, "--db", db));
    try {
      for (List<String> command : commands) {
        int exit = run(command);
        if (exit != Main.OK && exit != Main.FINDINGS) {
          System.err.println("km: training the AOT cache: `km " + String.join(" ", command) + "` exited " + exit);
          return exit;
        }
      }
      return Main.OK;
    } finally {
      deleteAll(dir);
    }
  }

  /** One command through the command line's entry point, its output thrown away. */
  private static int run(List<String> command) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return Main.run(command.toArray(String[]::new), none, none);
  }

  private static void deleteAll(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
