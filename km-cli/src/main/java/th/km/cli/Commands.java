package th.km.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** What the database commands share: their output streams, from the spec picocli injected. */
final class Commands {

  private Commands() {}

  static PrintWriter out(@Nullable CommandSpec spec) {
    return spec(spec).commandLine().getOut();
  }

  static PrintWriter err(@Nullable CommandSpec spec) {
    return spec(spec).commandLine().getErr();
  }

  private static CommandSpec spec(@Nullable CommandSpec spec) {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
