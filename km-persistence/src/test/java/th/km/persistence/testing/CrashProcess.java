package th.km.persistence.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import th.km.core.audit.Actor;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordBook;
import th.km.core.entry.RecordCommands;
import th.km.core.entry.WriteResult;
import th.km.core.records.Meeting;
import th.km.core.records.MeetingKind;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseBackup;
import th.km.persistence.db.DatabaseLocation;

/**
 * The operations the crash tests kill, as the main class of a child JVM: each prints {@code opened}
 * when it starts its work and {@code done} when the work is committed.
 *
 * <ul>
 *   <li>{@code writes <data>}: record writes as the forms make them, without end: meeting {@code
 *       crash-n} added, then corrected (its guests set to n), printing {@code added n} and {@code
 *       corrected n} after each commit;
 *   <li>{@code backup <data> <file>}: {@code km db backup};
 *   <li>{@code restore <data> <file>}: {@code km db restore} into an empty data folder.
 * </ul>
 */
public final class CrashProcess {

  /** The year the writes go to. */
  public static final RecordBook BOOK =
      RecordBook.of(ImportProcess.BAN_WAEN, FiscalYear.ofBuddhistYear(2569));

  /** The start of the id of every meeting the writes add. */
  public static final String PREFIX = "crash-";

  private CrashProcess() {}

  /** Meeting {@code crash-n} with {@code guests} other attendees. */
  public static Meeting meeting(int n, int guests) {
    return Meeting.builder()
        .id(PREFIX + n)
        .meetingKind(MeetingKind.KNOWLEDGE_SHARING)
        .title("เวทีแลกเปลี่ยนเรียนรู้ครั้งที่ " + n)
        .date(LocalDate.of(2026, 2, 3))
        .otherAttendees(guests)
        .build();
  }

  /**
   * Arguments: the operation (writes, backup, restore, migrate), the data folder, and the backup
   * file for a backup or restore.
   */
  public static void main(String[] args) {
    Path data = Path.of(args[1]);
    DatabaseLocation location = DatabaseLocation.embedded(data);
    switch (args[0]) {
      case "writes" -> writes(location);
      case "backup" -> {
        try (Database database = Database.open(location)) {
          print("opened");
          DatabaseBackup.backup(database, Path.of(args[2]));
          print("done");
        }
      }
      case "restore" -> {
        print("opened");
        if (!(DatabaseBackup.restore(location, Path.of(args[2]))
            instanceof DatabaseBackup.RestoreResult.Restored)) {
          throw new IllegalStateException("the backup was not restored");
        }
        print("done");
      }
      case "migrate" -> {
        print("opened");
        try (Database database = Database.open(location)) {
          print("done");
        }
      }
      default -> throw new IllegalArgumentException("unknown operation " + args[0]);
    }
  }

  private static void writes(DatabaseLocation location) {
    try (Database database = Database.open(location)) {
      RecordCommands commands =
          database.recordCommands(Clock.fixed(ImportProcess.AT, ZoneOffset.UTC));
      Actor clerk = Actor.of("clerk");
      print("opened");
      for (int n = 1; ; n++) {
        expectSaved(commands.add(BOOK, meeting(n, 0), clerk));
        print("added " + n);
        expectSaved(commands.correct(BOOK, meeting(n, n), 0, clerk));
        print("corrected " + n);
      }
    }
  }

  private static void expectSaved(WriteResult result) {
    if (!(result instanceof WriteResult.Saved)) {
      throw new IllegalStateException("a write was not saved: " + result);
    }
  }

  private static void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
