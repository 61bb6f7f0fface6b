package th.km.core.records;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.km.core.LocalizedText;
import th.km.core.calendar.FiscalYear;

/**
 * The checks of one record on its own against a year's look-ups: the records it refers to exist,
 * and its day falls in the fiscal year. {@link RecordIndex} runs them in its one pass over the
 * records, {@link AbstractYearRecords#validate()} when that pass could not.
 */
final class RecordChecks {

  private final RecordIndex index;
  private final FiscalYear year;
  private final LocalDate first;
  private final LocalDate last;

  /** Checks against the index's look-ups of staff, trainings and knowledge assets. */
  RecordChecks(RecordIndex index, FiscalYear year) {
    this.index = index;
    this.year = year;
    this.first = year.firstDay();
    this.last = year.lastDay();
  }

  /**
   * Adds the problems of a record of the kind: by a switch on the kind, not a type switch per
   * record, and in a method of its own, which the JIT compiles after a few hundred records.
   */
  void check(RecordKind kind, YearRecord r, List<RecordProblem> problems) {
    switch (kind) {
      case TRAINING_REPORT -> requireTraining(r, ((TrainingReport) r).trainingId(), problems);
      case SUPERVISOR_RATING -> requireTraining(r, ((SupervisorRating) r).trainingId(), problems);
      case ACCESS_EVENT -> {
        AccessEvent a = (AccessEvent) r;
        // An event naming another year's asset (2569/asset-3) is checked by that year's records.
        if (index.get(a.assetId(), KnowledgeAsset.class) == null
            && a.assetYear().filter(y -> !y.equals(year)).isEmpty()) {
          problems.add(dangling(a, a.assetId(), RecordKind.KNOWLEDGE_ASSET));
        }
      }
      case STAFF -> {}
      default -> {
        List<String> persons = r.personIds();
        for (int i = 0; i < persons.size(); i++) {
          if (index.get(persons.get(i), StaffMember.class) == null) {
            problems.add(dangling(r, persons.get(i), RecordKind.STAFF));
          }
        }
      }
    }
    // Access events, most of a year's records, give their day without an Optional.
    @Nullable LocalDate day =
        kind == RecordKind.ACCESS_EVENT ? ((AccessEvent) r).date() : r.occurredOn().orElse(null);
    if (day != null && (day.isBefore(first) || day.isAfter(last))) {
      problems.add(outsideYear(r, day));
    }
  }

  private void requireTraining(YearRecord r, String trainingId, List<RecordProblem> problems) {
    if (index.get(trainingId, Training.class) == null) {
      problems.add(dangling(r, trainingId, RecordKind.TRAINING));
    }
  }

  private RecordProblem outsideYear(YearRecord r, LocalDate d) {
    return new RecordProblem(
        r.id(),
        r.kind(),
        RecordProblem.Severity.WARNING,
        LocalizedText.of(
            r.kind().thaiName() + " " + r.id() + " ลงวันที่ " + d + " อยู่นอกปีงบประมาณ พ.ศ. "
                + year.buddhistYear(),
            r.kind().englishName() + " " + r.id() + " is dated " + d + ", outside " + year));
  }

  private static RecordProblem dangling(YearRecord r, String target, RecordKind targetKind) {
    return error(
        r,
        r.kind().thaiName() + " " + r.id() + " อ้างถึง" + targetKind.thaiName() + " " + target
            + " ซึ่งไม่มีในบันทึก",
        r.kind().englishName() + " " + r.id() + " refers to " + targetKind.englishName() + " "
            + target + ", which is not recorded");
  }

  /** An error about the record, in Thai and English. */
  static RecordProblem error(YearRecord r, String th, String en) {
    return new RecordProblem(r.id(), r.kind(), RecordProblem.Severity.ERROR, LocalizedText.of(th, en));
  }
}
