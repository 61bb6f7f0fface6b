package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line adds only the subcommand it runs, so that it starts fast, yet help and a
 * mistyped name still list every command; the version and the top-level help are answered
 * without picocli, as picocli would answer them.
 */
class MainTest {

  @Test
  void onlyTheCommandAskedForIsLoadedAndNoneForTheVersion() {
    assertEquals(List.of("check"), List.copyOf(Main.neededSubcommands(List.of("check", "plan.json"))));
    assertEquals(List.of("db"), List.copyOf(Main.neededSubcommands(List.of("db", "import-plan", "x.json"))));
    assertEquals(List.of(), List.copyOf(Main.neededSubcommands(List.of("--version"))));
    assertTrue(Main.neededSubcommands(List.of("help", "check")).contains("import"));
    assertTrue(Main.neededSubcommands(List.of("chek")).contains("check"));
    assertTrue(Main.neededSubcommands(List.of()).contains("evaluate"));
  }

  @Test
  void theVersionHelpAndAMistypedNameAnswerAsBefore() {
    Result version = run("--version");
    assertEquals(0, version.code());
    assertEquals("km 0.1.0", version.out().strip());

    Result help = run("--help");
    assertEquals(0, help.code());
    for (String command : List.of("check", "db", "doc", "due-date", "evaluate", "export-table", "import", "import-text")) {
      assertTrue(help.out().contains(command), command + " listed in:\n" + help.out());
    }

    Result typo = run("chek");
    assertEquals(Main.UNUSABLE_INPUT, typo.code());
    assertTrue(typo.err().contains("check"), "the usage lists the commands:\n" + typo.err());

    Result dueDate = run("due-date", "--returned", "2026-03-29");
    assertEquals(0, dueDate.code(), dueDate.err());
  }

  @Test
  void theQuickHelpIsTheHelpPicocliPrints() throws IOException {
    StringWriter picocli = new StringWriter();
    PrintWriter writer = new PrintWriter(picocli, true);
    assertEquals(0, Main.commandLine(writer, writer).execute("--help"));

    assertEquals(picocli.toString(), resource(QuickAnswers.PLAIN_USAGE), "the usage the build rendered");
    assertEquals(picocli.toString(), run("--help").out());
    assertEquals(picocli.toString(), run("-h").out());
    assertEquals(picocli.toString(), run("help").out());
    assertEquals(UsageText.render(CommandLine.Help.Ansi.ON), resource(QuickAnswers.COLOURED_USAGE));
    assertTrue(resource(QuickAnswers.COLOURED_USAGE).contains("\u001B["), "the coloured usage has colours");
  }

  /** A JVM of its own, as ./km starts one, so that what it loads can be seen. */
  @Test
  void theVersionAndTheHelpLoadNoPicocli(@TempDir Path folder) throws IOException, InterruptedException {
    for (String option : List.of("--version", "--help")) {
      Path classes = folder.resolve(option.substring(2) + "-classes.log");
      Path out = folder.resolve(option.substring(2) + ".out");
      Process java =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xlog:class+load:file=" + classes,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  option)
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertEquals(0, java.waitFor(), option);
      String printed = Files.readString(out, StandardCharsets.UTF_8);
      assertTrue(printed.startsWith(option.equals("--version") ? "km 0.1.0" : "Usage: km"), printed);
      List<String> picocli =
          Files.readAllLines(classes).stream().filter(line -> line.contains(" picocli.")).toList();
      assertEquals(List.of(), picocli, option + " answered without picocli");
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = QuickAnswers.class.getResourceAsStream(name)) {
      assertNotNull(in, name + " is made by the build (km-cli's pom, UsageText)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
