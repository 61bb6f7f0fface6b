package th.km.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answers the command line gives before picocli is loaded: the version, and the top-level
 * usage that the build rendered with picocli (see {@link UsageText}). picocli builds its model of
 * every command by reflection from class files too old for the JDK's AOT cache, which costs many
 * times a bare JVM's start; these two answers need none of it.
 */
final class QuickAnswers {

  /** The resource holding the usage without colours, as picocli prints it when not on a terminal. */
  static final String PLAIN_USAGE = "usage.txt";

  /** The resource holding the usage with picocli's ANSI colours, as it prints it on a terminal. */
  static final String COLOURED_USAGE = "usage-ansi.txt";

  private QuickAnswers() {}

  /**
   * Answers {@code --version} and {@code --help} (and their short forms, and a bare {@code help})
   * on {@code out}; returns false, having written nothing, for any other command line.
   */
  static boolean answer(List<String> args, PrintWriter out) {
    if (args.equals(List.of("--version")) || args.equals(List.of("-V"))) {
      out.println(Main.VERSION);
      out.flush();
      return true;
    }
    if (args.equals(List.of("--help")) || args.equals(List.of("-h")) || args.equals(List.of("help"))) {
      String usage = usage();
      if (usage != null) {
        out.print(usage);
        out.flush();
        return true;
      }
    }
    return false;
  }

  /**
   * The usage picocli would print here, or null when only picocli can tell (its width or colours
   * set by a system property) or the build made no usage text.
   */
  private static @Nullable String usage() {
    if (System.getProperty("picocli.usage.width") != null) {
      return null;
    }
    return resource(colours() ? COLOURED_USAGE : PLAIN_USAGE);
  }

  /**
   * Whether picocli would colour the usage. Without a terminal and without anything forcing
   * colours it would not, and that is answered without picocli; otherwise picocli's own rule
   * decides (its small Ansi class, not its command model).
   */
  private static boolean colours() {
    boolean forced = System.getProperty("picocli.ansi") != null || System.getenv("CLICOLOR_FORCE") != null;
    if (System.console() == null && !forced) {
      return false;
    }
    return picocli.CommandLine.Help.Ansi.AUTO.enabled();
  }

  private static @Nullable String resource(String name) {
    try (InputStream in = QuickAnswers.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
