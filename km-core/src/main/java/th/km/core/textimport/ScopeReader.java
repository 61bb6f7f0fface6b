package th.km.core.textimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.km.core.plan.KmScope;

/**
 * Reads the KM scopes (ขอบเขต KM): a table whose two-row header names the benefits to staff, to
 * executives and the related policy, one numbered scope per row.
 */
final class ScopeReader {

  private enum Field {
    TITLE,
    STAFF,
    EXECUTIVES,
    POLICY
  }

  private static final List<Columns.Key<Field>> KEYS =
      List.of(
          new Columns.Key<>(Field.POLICY, c -> c.contains("นโยบาย")),
          new Columns.Key<>(Field.EXECUTIVES, c -> c.startsWith("ผู้บริหาร")),
          new Columns.Key<>(Field.TITLE, c -> c.startsWith("ขอบเขต")),
          new Columns.Key<>(
              Field.STAFF,
              c ->
                  !c.contains("ประโยชน์")
                      && (c.contains("พนักงาน")
                          || c.contains("บุคลากร")
                          || c.contains("เจ้าหน้าที่"))));

  private ScopeReader() {}

  static List<KmScope> read(List<Region> regions, Issues issues) {
    List<KmScope> scopes = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (Region region : regions) {
      Optional<Columns<Field>> columns = Optional.empty();
      for (SourceLine line : region.filled()) {
        if (TableRows.mayBeHeader(line)) {
          Columns<Field> header = Columns.read(line, Field.class, KEYS);
          if (header.size() > 0) {
            columns = Optional.of(columns.map(c -> c.with(header)).orElse(header));
            continue;
          }
        }
        if (!line.isTableRow()) {
          issues.notUnderstood(line, "ขอบเขต KM", "KM scopes");
          continue;
        }
        if (columns.isEmpty() || !columns.get().has(Field.STAFF)) {
          TableRows.rowWithoutHeader(line, "ขอบเขต KM", "KM scopes", issues);
          continue;
        }
        row(line, columns.get(), numbers, issues).ifPresent(scopes::add);
      }
    }
    return scopes;
  }

  private static Optional<KmScope> row(
      SourceLine line, Columns<Field> columns, Set<Integer> numbers, Issues issues) {
    if (!TableRows.hasRequiredCells(line, columns, List.of(Field.TITLE, Field.STAFF, Field.EXECUTIVES, Field.POLICY), ScopeReader::thai, issues)) {
      return Optional.empty();
    }
    String titleCell =
        columns.has(Field.TITLE) ? columns.cell(line, Field.TITLE).orElse("") : line.cell(0);
    Optional<NumberedItems.Numbered> numbered = NumberedItems.parse(titleCell);
    if (numbered.isEmpty()) {
      TableRows.rowWithoutNumber(line, "ขอบเขต KM", "KM scopes", issues);
      return Optional.empty();
    }
    int number = numbered.get().number();
    if (number < 1 || !numbers.add(number)) {
      TableRows.duplicateNumber(line, number, "ขอบเขต KM", "KM scopes", issues);
      return Optional.empty();
    }
    List<String> extra = columns.unmapped(line);
    if (!extra.isEmpty()) {
      TableRows.extraCells(line, extra, issues);
    }
    return Optional.of(
        KmScope.builder()
            .number(number)
            .title(numbered.get().text())
            .benefitsToStaff(NumberedItems.split(columns.cell(line, Field.STAFF).orElse("")))
            .benefitsToExecutives(
                NumberedItems.split(columns.cell(line, Field.EXECUTIVES).orElse("")))
            .relatedPolicies(NumberedItems.split(columns.cell(line, Field.POLICY).orElse("")))
            .build());
  }

  private static String thai(Field f) {
    return switch (f) {
      case TITLE -> "ขอบเขต KM";
      case STAFF -> "ประโยชน์ต่อพนักงาน";
      case EXECUTIVES -> "ประโยชน์ต่อผู้บริหาร";
      case POLICY -> "นโยบายที่เกี่ยวข้อง";
    };
  }
}
