package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.cli.bench.KmLaunch;

/**
 * The {@code km} script's cache of what it found (docs/benchmarks.md, start-up): with nothing
 * changed it starts no process but {@code java}; a changed source, jar, JDK or JAVA_HOME takes the
 * slow path again; the JDK's AOT cache is trained beside the run that needs it, not before it
 * (unless KM_AOT_WAIT=1), and the next run uses it; the batch commands have a cache of their own,
 * trained by their real work. The script runs over a copy of km's layout with a fake Maven and fake
 * JDKs that write down how they were called, and shims that write down every other program it
 * starts.
 */
class LauncherScriptTest {

  /** Programs the script may start; each shim logs its name, then runs the real one. */
  private static final List<String> WATCHED =
      List.of("find", "sed", "readlink", "cat", "mkdir", "rm", "mv", "touch", "flock", "grep", "basename",
          "dirname", "tail", "awk", "sleep");

  @TempDir Path folder;
  private Path root;
  private Path log;
  private Path shims;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(folder.resolve("km"));
    log = folder.resolve("calls.log");
    shims = Files.createDirectories(folder.resolve("shims"));
    Path repository = Path.of("..").toAbsolutePath().normalize();
    Files.copy(repository.resolve("km"), root.resolve("km"));
    Files.createDirectories(root.resolve("bin"));
    Files.copy(repository.resolve("bin/find-jdk"), root.resolve("bin/find-jdk"));
    write(root.resolve("pom.xml"), "<project/>");
    for (String module : List.of("km-cli", "km-web")) {
      write(root.resolve(module + "/pom.xml"), "<project/>");
      write(root.resolve(module + "/src/main/java/th/km/Main.java"), "class Main {}");
    }
    for (String jdk : List.of("jdk-a", "jdk-b")) {
      write(folder.resolve(jdk + "/release"), "JAVA_VERSION=\"25.0.1\"\n");
      script(folder.resolve(jdk + "/bin/javac"), "exit 0");
      // Writes the cache it is asked to train, refuses none, and writes down every call. The web
      // server's training run serves its login page (TrainingDemo) once it has written down whether
      // the demo it trains for had already started, waiting a while for it.
      script(
          folder.resolve(jdk + "/bin/java"),
          """
          echo "java $0 $*" >>"$KM_TEST_LOG"
          for arg; do case $arg in -XX:AOTCacheOutput=*) echo cache >"${arg#*=}" ;; esac; done
          case " $* " in
            *" -XX:AOTCacheOutput="*" demo --port "*)
              for i in {1..150}; do /usr/bin/grep -q "km-web.jar demo$" "$KM_TEST_LOG" && break; /usr/bin/sleep 0.1; done
              if /usr/bin/grep -q "km-web.jar demo$" "$KM_TEST_LOG"; then
                echo "training: after the demo started" >>"$KM_TEST_LOG"
              else
                echo "training: before the demo started" >>"$KM_TEST_LOG"
              fi
              exec "$KM_TEST_JAVA" -cp "$KM_TEST_CLASSES" th.km.cli.LauncherScriptTest\\$TrainingDemo "${@: -1}" ;;
          esac
          """);
    }
    script(
        shims.resolve("mvn"),
        """
        echo mvn >>"$KM_TEST_LOG"
        for module in km-cli km-web; do
          /usr/bin/mkdir -p "$module/target/lib"
          echo jar >"$module/target/$module.jar"
          echo jar >"$module/target/lib/dependency.jar"
        done
        """);
    for (String program : WATCHED) {
      Optional<Path> real = onPath(program);
      assertTrue(real.isPresent(), program + " is on PATH");
      script(shims.resolve(program), "echo " + program + " >>\"$KM_TEST_LOG\"\nexec " + real.get() + " \"$@\"");
    }
  }

  @Test
  void aRunWithNothingChangedStartsOnlyJava() throws Exception {
    List<String> first = km("jdk-a", "due-date", "--returned", "2026-03-29");
    assertTrue(first.contains("mvn"), "the first run builds: " + first);
    assertTrue(first.stream().anyMatch(c -> c.contains("-XX:AOTCacheOutput=")), "and trains: " + first);

    List<String> second = km("jdk-a", "due-date", "--returned", "2026-03-29");
    assertEquals(1, second.size(), "nothing but java: " + second);
    assertTrue(second.get(0).startsWith("java " + folder.resolve("jdk-a/bin/java") + " -XX:AOTCache="), second.get(0));
    assertTrue(second.get(0).endsWith("-jar " + root.resolve("km-cli/target/km-cli.jar") + " due-date --returned 2026-03-29"));

    List<String> version = km("jdk-a", "--version");
    assertEquals(1, version.size(), "nothing but java: " + version);
    assertTrue(!version.get(0).contains("AOTCache"), "the quick answers run on the JDK's own archive: " + version);
  }

  @Test
  void aChangedOrNewSourceIsBuiltAgain() throws Exception {
    km("jdk-a", "check", "plan.json");
    Files.setLastModifiedTime(
        root.resolve("km-web/src/main/java/th/km/Main.java"), FileTime.from(Instant.now()));
    List<String> changed = km("jdk-a", "check", "plan.json");
    assertTrue(changed.contains("mvn"), "a changed source is built: " + changed);
    assertTrue(changed.stream().anyMatch(c -> c.contains("-XX:AOTCacheOutput=")), "new jars, a new cache: " + changed);
    assertEquals(1, km("jdk-a", "check", "plan.json").size(), "then nothing but java");

    Path added = root.resolve("km-cli/src/main/java/th/km/Added.java");
    write(added, "class Added {}");
    Files.setLastModifiedTime(added.getParent(), FileTime.from(Instant.now()));
    assertTrue(km("jdk-a", "check", "plan.json").contains("mvn"), "a new source is built");

    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(Instant.now()));
    assertTrue(km("jdk-a", "check", "plan.json").contains("mvn"), "a changed pom is built");
  }

  @Test
  void anotherJdkOrNewJarsTrainTheCacheAgainWithoutABuild() throws Exception {
    km("jdk-a", "check", "plan.json");
    List<String> otherJdk = km("jdk-b", "check", "plan.json");
    assertTrue(!otherJdk.contains("mvn"), "no build for another JDK: " + otherJdk);
    assertTrue(
        otherJdk.stream().anyMatch(c -> c.startsWith("java " + folder.resolve("jdk-b/bin/java") + " -XX:AOTCacheOutput=")),
        "the cache is trained again by that JDK: " + otherJdk);
    assertTrue(
        otherJdk.stream()
            .anyMatch(c -> c.startsWith("java " + folder.resolve("jdk-b/bin/java")) && c.endsWith(" check plan.json")),
        "and it runs the command: " + otherJdk);
    assertEquals(1, km("jdk-b", "check", "plan.json").size(), "then nothing but java");

    Files.setLastModifiedTime(
        root.resolve("km-cli/target/lib/dependency.jar"), FileTime.from(Instant.now()));
    List<String> newJar = km("jdk-b", "check", "plan.json");
    assertTrue(!newJar.contains("mvn"), "a jar changed outside ./km: " + newJar);
    assertTrue(newJar.stream().anyMatch(c -> c.contains("-XX:AOTCacheOutput=")), "trains again: " + newJar);
  }

  @Test
  void theFirstDemoServesAtOnceAndTheCacheIsTrainedBesideItForTheNextStart() throws Exception {
    List<String> first = km("jdk-a", "demo");
    assertTrue(first.contains("mvn"), "the first run builds: " + first);
    String demo = root.resolve("km-web/target/km-web.jar") + " demo";
    assertTrue(
        first.stream().anyMatch(c -> c.endsWith(demo) && !c.contains("AOTCache")),
        "the demo starts without a cache: " + first);
    assertTrue(
        first.contains("training: after the demo started"),
        "the cache is trained beside the first demo, not before it: " + first);
    assertTrue(Files.size(root.resolve("target/km-web.aot")) > 0, "the trained cache is kept");

    List<String> second = km("jdk-a", "demo");
    assertEquals(
        List.of("java " + folder.resolve("jdk-a/bin/java") + " -XX:AOTCache=" + root.resolve("target/km-web.aot")
            + " -Xlog:aot=off -Xlog:cds=off -XX:-ClassUnloadingWithConcurrentMark"
            + " -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar " + demo),
        second,
        "the next start runs nothing but java, with the cache and no class unloading in G1's cycles");
  }

  @Test
  void kmAotWaitTrainsTheCacheBeforeTheCommandRunsWithIt() throws Exception {
    List<String> first = km(Map.of("KM_AOT_WAIT", "1"), "jdk-a", "check", "plan.json");
    int training = indexOf(first, c -> c.contains("-XX:AOTCacheOutput="));
    int command = indexOf(first, c -> c.endsWith(" check plan.json") && !c.contains("AOTCacheOutput"));
    assertTrue(0 <= training && training < command, "trained, then run: " + first);
    assertTrue(first.get(command).contains("-XX:AOTCache=" + root.resolve("target/km-cli.aot")), first.get(command));
    int check = indexOf(first, c -> c.contains("-XX:AOTMode=on"));
    assertTrue(training < check && check < command, "the cache is checked before it is used: " + first);
  }

  @Test
  void theBatchCommandsHaveACacheOfTheirOwnTrainedByTheirRealWork() throws Exception {
    String jar = root.resolve("km-cli/target/km-cli.jar").toString();
    Path batchCache = root.resolve("target/km-cli-batch.aot");
    List<String> evaluate = km(Map.of("KM_AOT_WAIT", "1"), "jdk-a", "evaluate", "--all", "--db", "jdbc:h2:file:x");
    int training = indexOf(evaluate, c -> c.contains("-XX:AOTCacheOutput="));
    assertTrue(training >= 0, "trained: " + evaluate);
    assertTrue(
        evaluate.get(training).contains("-XX:AOTCacheOutput=" + batchCache + ".tmp ")
            && evaluate.get(training).endsWith(
                " -cp " + jar + " th.km.cli.AotTraining " + root.resolve("target/aot-cli-training")),
        "by the batch commands' real work on the jar's own class path: " + evaluate.get(training));
    assertTrue(
        evaluate.get(evaluate.size() - 1).contains("-XX:AOTCache=" + batchCache + " ")
            && evaluate.get(evaluate.size() - 1).endsWith(" -jar " + jar + " evaluate --all --db jdbc:h2:file:x"),
        "then runs with it: " + evaluate);
    assertEquals(
        !KmLaunch.batchFlags().isEmpty(),
        evaluate.get(evaluate.size() - 1).contains(" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "),
        "with the serial collector and the quick compiler exactly where the machine has two processors or"
            + " fewer, as the benchmark's KmLaunch: " + evaluate);

    List<String> small = km("jdk-a", "check", "plan.json");
    assertTrue(
        small.stream().anyMatch(c -> c.contains("-XX:AOTCacheOutput=" + root.resolve("target/km-cli.aot") + ".tmp ")
            && c.endsWith(" -cp " + jar + " th.km.cli.Main due-date --returned 2026-03-29")),
        "another command trains the small cache, by a due date's answer: " + small);
    assertTrue(small.stream().noneMatch(c -> c.contains(batchCache.toString())), "not the batch one: " + small);

    for (String command : List.of("generate", "db", "evaluate")) {
      List<String> again = km("jdk-a", command, "--help");
      assertEquals(1, again.size(), "nothing but java: " + again);
      assertTrue(again.get(0).contains("-XX:AOTCache=" + batchCache + " "), again.get(0));
    }
    List<String> again = km("jdk-a", "check", "plan.json");
    assertEquals(1, again.size(), "nothing but java: " + again);
    assertTrue(again.get(0).contains("-XX:AOTCache=" + root.resolve("target/km-cli.aot") + " "), again.get(0));
    assertTrue(!again.get(0).contains("UseSerialGC"), "the batch flags are the batch commands' only: " + again);
  }

  /** Runs {@code km ARGS} with JAVA_HOME set to the fake JDK and returns the calls it made. */
  private List<String> km(String jdk, String... args) throws Exception {
    return km(Map.of(), jdk, args);
  }

  /**
   * Runs {@code km ARGS} with JAVA_HOME set to the fake JDK and the environment's additions, waits
   * for the cache's training it started in the background, and returns the calls both made.
   */
  private List<String> km(Map<String, String> added, String jdk, String... args) throws Exception {
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("km").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("PATH", shims + File.pathSeparator + "/usr/bin" + File.pathSeparator + "/bin");
    environment.put("JAVA_HOME", folder.resolve(jdk).toString());
    environment.put("KM_TEST_LOG", log.toString());
    environment.put("KM_TEST_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path classes = Path.of(TrainingDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    environment.put("KM_TEST_CLASSES", classes.toString());
    environment.putAll(added);
    Process km = builder.redirectErrorStream(true).start();
    String output = new String(km.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, km.waitFor(), output);
    Path lock = root.resolve("target/.km-aot.lock");
    if (Files.exists(lock)) {
      Process trainer = new ProcessBuilder("/usr/bin/flock", "-w", "120", lock.toString(), "true").inheritIO().start();
      assertEquals(0, trainer.waitFor(), "the background training ended");
    }
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  private static int indexOf(List<String> calls, Predicate<String> call) {
    for (int i = 0; i < calls.size(); i++) {
      if (call.test(calls.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The web server's training run as the script sees it: prints the demo's "Ctrl-C" line and answers
   * 200 on the port until it is stopped.
   */
  static final class TrainingDemo {

    private TrainingDemo() {}

    public static void main(String[] args) throws IOException, InterruptedException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
      server.createContext("/", exchange -> {
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
      });
      server.start();
      System.out.println("Ctrl-C stops the demo");
      System.out.flush();
      Thread.sleep(120_000);
      server.stop(0);
    }
  }

  private static Optional<Path> onPath(String program) {
    return Stream.of("/usr/bin", "/bin")
        .map(directory -> Path.of(directory, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void script(Path file, String body) throws IOException {
    write(file, "#!/usr/bin/env bash\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
