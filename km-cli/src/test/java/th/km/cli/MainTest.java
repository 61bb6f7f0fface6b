package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line adds only the subcommand it runs, so that it starts fast, yet help and a
 * mistyped name still list every command.
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

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
