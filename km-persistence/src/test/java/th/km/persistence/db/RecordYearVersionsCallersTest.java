package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import th.km.core.records.RecordKind;

/**
 * Every class of km-persistence that writes a record table (or one of its child tables) also
 * bumps the year's version ({@link RecordYearVersions#bump}, or {@link
 * RecordYearSnapshots#storeWritten} which bumps): otherwise a batch would read a snapshot made
 * before the write. A class counts as writing a record table when it touches one (its jOOQ table
 * or record, {@link RecordTables} or {@link RecordRows}) and calls a write (jOOQ's insert, update,
 * delete, merge or batch, a stored jOOQ record, or the bulk path's statements). A class that does
 * both without writing a record table is listed in {@link #REVIEWED} with the reason.
 */
class RecordYearVersionsCallersTest {

  /** Classes that read a record table and write other tables only. */
  private static final Map<String, String> REVIEWED = Map.of(
      "th.km.persistence.db.JooqKnowledgeLinks",
      "reads knowledge_asset to check an asset exists; writes the links, drafts and portal settings",
      "th.km.persistence.db.RecordRows",
      "makes the rows the writers insert; writes nothing itself",
      "th.km.persistence.db.H2YearRows",
      "writes H2's rows inside BulkImport's transaction of the organization, which bumps the year"
          + " through RecordYearSnapshots.storeWritten");

  private static final Set<String> WRITES = Set.of("insertInto", "update", "deleteFrom",
      "mergeInto", "batchInsert", "batchUpdate", "batchStore", "batchDelete", "store", "insert",
      "delete", "executeUpdate", "executeBatch", "copyIn");

  @Test
  void everyClassThatWritesARecordTableBumpsItsYear() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("th.km.persistence");
    Set<String> recordTables = recordTableClasses();
    Map<String, Set<String>> touches = new TreeMap<>();
    Set<String> writers = new TreeSet<>();
    Set<String> bumpers = new TreeSet<>();
    for (JavaClass c : classes) {
      if (c.getPackageName().startsWith("th.km.persistence.jooq")) {
        continue;
      }
      String owner = c.getName().replaceAll("\\$.*", "");
      for (JavaAccess<?> access : c.getAccessesFromSelf()) {
        Set<String> targets = new HashSet<>();
        targets.add(access.getTargetOwner().getName());
        if (access instanceof JavaFieldAccess field) {
          // Tables.ACCESS_EVENT: the field's type is the table.
          field.getTarget().resolveMember().ifPresent(f -> targets.add(f.getRawType().getName()));
        }
        for (String target : targets) {
          if (recordTables.contains(target)) {
            touches.computeIfAbsent(owner, k -> new TreeSet<>()).add(target);
          }
        }
      }
      c.getDirectDependenciesFromSelf().forEach(d -> {
        if (recordTables.contains(d.getTargetClass().getName())) {
          touches.computeIfAbsent(owner, k -> new TreeSet<>()).add(d.getTargetClass().getName());
        }
      });
      for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
        String target = call.getTargetOwner().getName();
        String name = call.getName();
        if ((target.startsWith("org.jooq.") && WRITES.contains(name))
            || (target.equals(BulkRows.class.getName())
                && Set.of("write", "batch", "batchWithIds").contains(name))
            || (target.equals(OneStatementInsert.class.getName()) && name.equals("insert"))
            || (target.startsWith("java.sql.") && WRITES.contains(name))
            || (target.startsWith("org.postgresql.") && WRITES.contains(name))) {
          writers.add(owner);
        }
        if ((target.equals(RecordYearVersions.class.getName()) && name.equals("bump"))
            || (target.equals(RecordYearSnapshots.class.getName())
                && name.equals("storeWritten"))) {
          bumpers.add(owner);
        }
      }
    }
    Set<String> writing = new TreeSet<>(touches.keySet());
    writing.retainAll(writers);
    assertTrue(writing.containsAll(Set.of(RecordInserts.class.getName(),
        JooqRecordCommands.class.getName(), RecordDeletions.class.getName(),
        JooqReadingLog.class.getName(), BulkImport.class.getName())),
        "the scan finds the known writers of the records: " + writing);
    Map<String, Set<String>> missing = new TreeMap<>();
    for (String owner : writing) {
      if (!bumpers.contains(owner) && !REVIEWED.containsKey(owner)) {
        missing.put(owner, touches.get(owner));
      }
    }
    assertEquals(Map.of(), missing,
        "these classes write (and touch these record tables) without RecordYearVersions.bump");
  }

  /** The jOOQ table and record classes of every record table and child table, and their helpers. */
  private static Set<String> recordTableClasses() {
    Set<String> names = new HashSet<>();
    for (RecordKind kind : RecordKind.values()) {
      RecordTables.KindTable t = RecordTables.of(kind);
      add(names, t.table());
      t.children().forEach(child -> add(names, child.table()));
    }
    assertEquals(2 * 18, names.size(), "twelve record tables and six child tables: " + names);
    names.add(RecordTables.class.getName());
    names.add(RecordTables.KindTable.class.getName());
    names.add(RecordRows.class.getName());
    return names;
  }

  private static void add(Set<String> names, Table<?> table) {
    names.add(table.getClass().getName());
    names.add(table.getRecordType().getName());
  }
}
