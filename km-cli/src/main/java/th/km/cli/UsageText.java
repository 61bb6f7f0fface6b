package th.km.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Renders the top-level usage with picocli at build time (km-cli's pom runs it after compiling),
 * with and without colours, into the classes folder, so that {@code km --help} is printed by
 * {@link QuickAnswers} without loading picocli. A test checks the two stay alike.
 */
public final class UsageText {

  private UsageText() {}

  /** Writes the usage resources under the classes folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: UsageText CLASSES_FOLDER");
    }
    Path folder = Path.of(args[0]).resolve("th/km/cli");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(QuickAnswers.PLAIN_USAGE), render(CommandLine.Help.Ansi.OFF), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(QuickAnswers.COLOURED_USAGE), render(CommandLine.Help.Ansi.ON), StandardCharsets.UTF_8);
  }

  /** The top-level usage, every subcommand listed, as {@code km --help} prints it through picocli. */
  static String render(CommandLine.Help.Ansi ansi) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    Main.commandLine(writer, writer).usage(writer, ansi);
    writer.flush();
    return text.toString();
  }
}
