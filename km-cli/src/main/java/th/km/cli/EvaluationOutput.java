package th.km.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import th.km.core.evaluation.Evaluation;
import th.km.core.plan.KmPlan;
import th.km.persistence.tables.CsvTableWriter;

/**
 * Prints evaluations as they come, one organization after another, each flushed before the next is
 * evaluated. One organization's output is exactly what {@code km evaluate} prints for it alone. For
 * many ({@code --all}): tables follow each other with a blank line between; JSON is one array whose
 * elements are the single documents; CSV is one table under one header with an {@code
 * organization} column in front. With the byte-order mark asked for, CSV begins with it once.
 */
final class EvaluationOutput {

  private final EvaluateCommand.Format format;
  private final boolean many;
  private final boolean bom;
  private final PrintWriter out;
  private int count;
  /** The CSV of the organization being printed ({@code --all}). */
  private final CsvBytes csv = new CsvBytes();

  EvaluationOutput(EvaluateCommand.Format format, boolean many, boolean bom, PrintWriter out) {
    this.format = format;
    this.many = many;
    this.bom = bom;
    this.out = out;
  }

  void add(Evaluation evaluation, KmPlan plan) {
    if (count == 0) {
      beginning();
    }
    if (!many) {
      out.print(single(evaluation, plan));
    } else {
      switch (format) {
        case table -> {
          if (count > 0) {
            out.print('\n');
          }
          out.print(EvaluationTable.write(evaluation, plan));
        }
        case json -> {
          out.print(count == 0 ? "[\n" : ",\n");
          out.print(stripFinalNewline(EvaluationJson.write(evaluation)));
        }
        case csv -> {
          // The single table's rows with the organization in front, written as bytes into one
          // buffer, kept from one organization to the next, and handed on as bytes.
          csv.clear();
          if (count == 0) {
            EvaluationCsv.header(csv, CsvBytes.leading("organization"));
          }
          byte[] organization = CsvBytes.leading(evaluation.organization().value());
          EvaluationCsv.rows(evaluation, organization, csv);
          csv.writeTo(out);
        }
      }
    }
    count++;
    out.flush();
  }

  /** Ends the output once every organization is printed. */
  void finish() {
    if (count == 0) {
      beginning();
    }
    if (many && format == EvaluateCommand.Format.json) {
      out.print(count == 0 ? "[]\n" : "\n]\n");
    }
    out.flush();
  }

  /** The byte-order mark, once, before the first output of a CSV that asks for it. */
  private void beginning() {
    if (bom && format == EvaluateCommand.Format.csv) {
      out.print(CsvTableWriter.BOM);
    }
  }

  private String single(Evaluation evaluation, KmPlan plan) {
    return switch (format) {
      case table -> EvaluationTable.write(evaluation, plan);
      case json -> EvaluationJson.write(evaluation);
      case csv -> EvaluationCsv.write(evaluation);
    };
  }

  private static String stripFinalNewline(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * The records of a CSV text without their CRLF ends: a CRLF inside a quoted field belongs to the
   * field (RFC 4180), so the text is split only where no quote is open.
   */
  static List<String> csvRecords(String csv) {
    List<String> records = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        records.add(csv.substring(start, i));
        start = i + 2;
        i++;
      }
    }
    if (start < csv.length()) {
      records.add(csv.substring(start));
    }
    return records;
  }
}
