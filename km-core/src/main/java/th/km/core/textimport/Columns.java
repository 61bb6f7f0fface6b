package th.km.core.textimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which cell of a table row holds which field, read from the table's header by the header's words
 * rather than by position, so that a table with a column more or less still maps right.
 *
 * @param <F> the fields of the table
 */
final class Columns<F extends Enum<F>> {

  /** A field and how its header cell reads (white space removed). */
  record Key<T>(T field, Predicate<String> header) {}

  private final Map<F, Integer> index;
  private final int headerLine;

  private Columns(Map<F, Integer> index, int headerLine) {
    this.index = index;
    this.headerLine = headerLine;
  }

  /**
   * Maps the header's cells to fields: each cell to the first key whose test it passes, each field
   * to its first cell.
   */
  static <F extends Enum<F>> Columns<F> read(SourceLine header, Class<F> type, List<Key<F>> keys) {
    Map<F, Integer> index = new EnumMap<>(type);
    for (int i = 0; i < header.cells().size(); i++) {
      String cell = Text.squeeze(header.cells().get(i));
      if (cell.isEmpty()) {
        continue;
      }
      for (Key<F> key : keys) {
        if (key.header().test(cell)) {
          index.putIfAbsent(key.field(), i);
          break;
        }
      }
    }
    return new Columns<>(index, header.number());
  }

  /**
   * The first cell of a header that names two different fields in words apart ("เป้าประสงค์
   * ตัวชี้วัด"): two header cells whose tab was lost, as PDF extraction loses them. Read as one cell,
   * such a header maps every column after it one place off, so that rows are read into the wrong
   * fields and rows with a cell missing fit it. One word naming two fields ("ตัวชี้วัด/ค่าเป้าหมาย")
   * is one column and is not reported.
   */
  static <F extends Enum<F>> Optional<String> joinedCell(SourceLine header, List<Key<F>> keys) {
    for (String cell : header.filledCells()) {
      Set<F> named = new HashSet<>();
      for (String word : Text.trim(cell).split("\\s+")) {
        keys.stream().filter(k -> k.header().test(word)).findFirst().ifPresent(k -> named.add(k.field()));
      }
      if (named.size() > 1) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }

  /** These columns and, for the fields these lack, the other header's (a two-row header). */
  Columns<F> with(Columns<F> other) {
    Map<F, Integer> merged = new EnumMap<>(index);
    other.index.forEach(merged::putIfAbsent);
    return new Columns<>(merged, Math.max(headerLine, other.headerLine));
  }

  /** How many fields the header named. */
  int size() {
    return index.size();
  }

  boolean has(F field) {
    return index.containsKey(field);
  }

  int headerLine() {
    return headerLine;
  }

  /** The field's cell in the row; empty when the header has no such column or the row is short. */
  Optional<String> cell(SourceLine row, F field) {
    Integer i = index.get(field);
    return i == null || i >= row.cells().size()
        ? Optional.empty()
        : Optional.of(row.cells().get(i));
  }

  /** The fields of the required ones that the row has no cell for. */
  List<F> missing(SourceLine row, List<F> required) {
    return required.stream()
        .filter(f -> index.containsKey(f) && index.get(f) >= row.cells().size())
        .toList();
  }

  /** The row's filled cells that no field maps to. */
  List<String> unmapped(SourceLine row) {
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      if (!index.containsValue(i) && !row.cells().get(i).isEmpty()) {
        extra.add(row.cells().get(i));
      }
    }
    return extra;
  }
}
