package th.km.cli.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the benchmark starts km's process, as {@code ./km} starts a command: the jar the build made
 * ({@code km-cli/target/km-cli.jar}, its libraries by its manifest) with the JDK's AOT cache that
 * {@code ./km} trains for the batch commands ({@code target/km-cli-batch.aot}, made by km-bench
 * through {@code ./km} with {@code KM_AOT_WAIT=1}), and {@code ./km}'s flags. The class path only appends the benchmark's own
 * classes after the jar (an AOT cache accepts a class path that extends its own), so that {@link
 * KmEvaluateRun} can time the command inside the process; every class of km comes from the jar.
 * The cache is required ({@code -XX:AOTMode=on}: the run fails rather than go on without it)
 * unless the JDK has none ({@code ./km} then leaves an empty file).
 *
 * @param jar the command line's jar
 * @param cache the AOT cache trained for it, empty when the JDK has none
 */
public record KmLaunch(Path jar, Path cache) {

  /** The launch named by {@code --jar <km-cli.jar> --aot <km-cli-batch.aot>} among the benchmark's arguments. */
  static KmLaunch of(String[] args) {
    Path jar = null;
    Path cache = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--jar")) {
        jar = Path.of(args[i + 1]);
      } else if (args[i].equals("--aot")) {
        cache = Path.of(args[i + 1]);
      }
    }
    if (jar == null || cache == null || !Files.isRegularFile(jar) || !Files.isRegularFile(cache)) {
      throw new IllegalArgumentException("the benchmark needs --jar <km-cli.jar> --aot <km-cli-batch.aot>, both"
          + " made by ./km (KM_AOT_WAIT=1); got jar " + jar + ", cache " + cache);
    }
    return new KmLaunch(jar, cache);
  }

  /** Whether the JDK made a cache (an empty file: it has none, and km runs without one). */
  boolean cached() {
    return cache.toFile().length() > 0;
  }

  /** The JVM's options after {@code java} and the heap flag: the cache, ./km's flags, the class path. */
  List<String> options() {
    List<String> options = new ArrayList<>();
    if (cached()) {
      options.addAll(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off"));
    }
    options.addAll(batchFlags());
    options.addAll(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
        "-cp", jar + File.pathSeparator + benchmarkClasses()));
    return options;
  }

  /**
   * The flags {@code ./km} gives the batch commands on this machine: the serial collector and the
   * quick compiler only where the system has one or two processors online (the script reads the
   * same file), none elsewhere.
   */
  public static List<String> batchFlags() {
    try {
      String online = Files.readString(Path.of("/sys/devices/system/cpu/online")).strip();
      return online.equals("0") || online.equals("0-1")
          ? List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
          : List.of();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  /** Says how km ran, for the report. */
  String describe() {
    return cached()
        ? "run as `./km` runs it, in its own JVM: the jar `km-cli/target/km-cli.jar` with the JDK's AOT cache"
            + " `target/km-cli-batch.aot` that `./km` trains for the batch commands after a build (by their"
            + " real work: generate, db import --all and evaluate --all over 3 organizations of seed 1, not"
            + " this dataset), the benchmark's"
            + " classes appended to the class path to time the command inside the process (the cache's"
            + " mapped pages count in km's RSS)"
            + (batchFlags().isEmpty() ? "" : ", and the flags `./km` adds for the batch commands on a machine of two"
                + " processors or fewer: `" + String.join(" ", batchFlags()) + "`")
        : "run as `./km` runs it, in its own JVM: the jar `km-cli/target/km-cli.jar`, without an AOT cache (this JDK"
            + " makes none)";
  }

  /** The folder (or jar) holding the benchmark's classes: KmEvaluateRun, never km's own. */
  private static String benchmarkClasses() {
    try {
      return Path.of(KmEvaluateRun.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
