package th.km.cli.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import th.km.cli.Main;

/**
 * km's side of the benchmark as its own process: {@code KmEvaluateRun <results.csv> <km
 * arguments...>} runs the command line's entry point ({@code km evaluate --all ...}, the code of
 * {@code ./km}) with its standard output going to the file, written as {@code ./km} writes standard
 * output ({@link Main#utf8Writer}), and prints the run's milliseconds and exit code.
 */
public final class KmEvaluateRun {

  private KmEvaluateRun() {}

  public static void main(String[] args) throws IOException {
    String[] km = Arrays.copyOfRange(args, 1, args.length);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    long start = System.nanoTime();
    int exit;
    // The file takes standard output's place as ./km gives it (Main.main): a UTF-8 writer onto a
    // buffered byte stream, which the CSV's bytes reach without being decoded and encoded again.
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])));
        PrintWriter out = Main.utf8Writer(file)) {
      exit = Main.run(km, out, err);
    }
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.println(String.format(Locale.ROOT, "work-ms=%.1f exit=%d", ms, exit));
  }
}
