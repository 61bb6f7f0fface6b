package th.km.persistence.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ruled table of a PDF page: its rows between horizontal rulings, each row's cells between the
 * vertical rulings that cross it, and the table's columns (every vertical ruling of any row), so
 * that a cell merged over several columns is known by how many it spans.
 */
final class PdfTableGrid {

  private final List<Float> boundaries;
  private final List<float[]> rowXs;
  private final List<Float> columns;

  private PdfTableGrid(List<Float> boundaries, List<float[]> rowXs) {
    this.boundaries = List.copyOf(boundaries);
    this.rowXs = List.copyOf(rowXs);
    List<Float> xs = new ArrayList<>();
    for (float[] row : rowXs) {
      for (float x : row) {
        xs.add(x);
      }
    }
    this.columns = cluster(xs, 1.5f);
  }

  /** The tables the rulings draw, top to bottom. */
  static List<PdfTableGrid> find(List<PdfRulings.Ruling> rulings, float snap, float lowest) {
    List<Float> ys = cluster(
        rulings.stream().filter(PdfRulings.Ruling::horizontal).map(PdfRulings.Ruling::at).toList(),
        snap);
    List<PdfRulings.Ruling> verticals = mergeVerticals(
        rulings.stream().filter(r -> !r.horizontal()).toList(), snap);
    List<PdfTableGrid> tables = new ArrayList<>();
    List<Float> bounds = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (int i = 0; i + 1 < ys.size(); i++) {
      float top = ys.get(i);
      float bottom = ys.get(i + 1);
      if (bottom - top < lowest) {
        continue;
      }
      List<Float> xs = cluster(
          verticals.stream()
              .filter(v -> v.from() <= top + snap && v.to() >= bottom - snap)
              .map(PdfRulings.Ruling::at)
              .toList(),
          snap);
      if (xs.size() < 2) {
        flush(tables, bounds, rows);
        continue;
      }
      if (!bounds.isEmpty() && bounds.getLast() != top) {
        flush(tables, bounds, rows);
      }
      if (bounds.isEmpty()) {
        bounds.add(top);
      }
      bounds.add(bottom);
      float[] row = new float[xs.size()];
      for (int k = 0; k < row.length; k++) {
        row[k] = xs.get(k);
      }
      rows.add(row);
    }
    flush(tables, bounds, rows);
    return tables;
  }

  private static void flush(List<PdfTableGrid> tables, List<Float> bounds, List<float[]> rows) {
    if (!rows.isEmpty()) {
      tables.add(new PdfTableGrid(bounds, rows));
    }
    bounds.clear();
    rows.clear();
  }

  /** Values closer than {@code snap} to the previous one merged into their mean, ascending. */
  private static List<Float> cluster(List<Float> values, float snap) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    List<Float> out = new ArrayList<>();
    float sum = 0;
    int n = 0;
    float last = 0;
    for (float v : sorted) {
      if (n > 0 && v - last > snap) {
        out.add(sum / n);
        sum = 0;
        n = 0;
      }
      sum += v;
      n++;
      last = v;
    }
    if (n > 0) {
      out.add(sum / n);
    }
    return out;
  }

  /** Vertical rulings on one x that touch or overlap joined into one, as cell borders are drawn. */
  private static List<PdfRulings.Ruling> mergeVerticals(
      List<PdfRulings.Ruling> verticals, float snap) {
    List<PdfRulings.Ruling> byX = new ArrayList<>(verticals);
    byX.sort(Comparator.comparingDouble(PdfRulings.Ruling::at));
    List<PdfRulings.Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < byX.size()) {
      int j = i + 1;
      while (j < byX.size() && byX.get(j).at() - byX.get(j - 1).at() <= snap) {
        j++;
      }
      List<PdfRulings.Ruling> group = new ArrayList<>(byX.subList(i, j));
      group.sort(Comparator.comparingDouble(PdfRulings.Ruling::from));
      float at = group.getFirst().at();
      float from = group.getFirst().from();
      float to = group.getFirst().to();
      for (PdfRulings.Ruling v : group.subList(1, group.size())) {
        if (v.from() <= to + snap) {
          to = Math.max(to, v.to());
        } else {
          out.add(new PdfRulings.Ruling(false, at, from, to));
          from = v.from();
          to = v.to();
        }
      }
      out.add(new PdfRulings.Ruling(false, at, from, to));
      i = j;
    }
    return out;
  }

  /** An empty list of glyphs per cell. */
  List<List<List<PdfGlyph>>> emptyCells() {
    List<List<List<PdfGlyph>>> cells = new ArrayList<>();
    for (float[] row : rowXs) {
      List<List<PdfGlyph>> r = new ArrayList<>();
      for (int c = 0; c + 1 < row.length; c++) {
        r.add(new ArrayList<>());
      }
      cells.add(r);
    }
    return cells;
  }

  /** The row and cell a point lies in, or null outside the table. */
  int @Nullable [] cellAt(float x, float y) {
    for (int r = 0; r < rowXs.size(); r++) {
      if (y >= boundaries.get(r) && y < boundaries.get(r + 1)) {
        float[] xs = rowXs.get(r);
        for (int c = 0; c + 1 < xs.length; c++) {
          if (x >= xs[c] && x < xs[c + 1]) {
            return new int[] {r, c};
          }
        }
        return null;
      }
    }
    return null;
  }

  int rowCount() {
    return rowXs.size();
  }

  float rowTop(int row) {
    return boundaries.get(row);
  }

  float rowBottom(int row) {
    return boundaries.get(row + 1);
  }

  int cellCount(int row) {
    return rowXs.get(row).length - 1;
  }

  float cellLeft(int row, int cell) {
    return rowXs.get(row)[cell];
  }

  /** How many of the table's columns a cell covers (more than one for a merged cell). */
  int span(int row, int cell) {
    float from = rowXs.get(row)[cell] - 1.5f;
    float to = rowXs.get(row)[cell + 1] - 1.5f;
    int n = 0;
    for (float x : columns) {
      if (x >= from && x < to) {
        n++;
      }
    }
    return Math.max(n, 1);
  }

  float left() {
    return columns.getFirst();
  }

  float right() {
    return columns.getLast();
  }
}
