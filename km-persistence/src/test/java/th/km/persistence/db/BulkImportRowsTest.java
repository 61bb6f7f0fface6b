package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.km.persistence.jooq.DefaultSchema;
import th.km.persistence.national.NationalDataset;
import th.km.persistence.testing.EmbeddedPostgresServer;

/**
 * The rows the bulk path writes stay the same when its speed work changes how they are written:
 * the generated national dataset of 20 organizations is imported and every table's rows, ids
 * included, are compared with a digest of the rows that the row-by-row writers of the plan stored
 * before the plan's rows were batched. On a mismatch the message lists every table's digest, so
 * that the table whose rows changed shows at once.
 */
class BulkImportRowsTest {

  @RegisterExtension static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  /** Table digests of the rows as stored before the plan's rows were batched (same on both). */
  private static final Map<String, String> BEFORE =
      Map.ofEntries(
          Map.entry("access_event (91582)", "f601a5e82fcf6a8d"),
          Map.entry("acknowledgement (1470)", "fbcf5d03ff0db47c"),
          Map.entry("activity_detail (434)", "6c3afb6b64b004f6"),
          Map.entry("announcement_paragraph (60)", "f0fde7cd0a6a85ad"),
          Map.entry("audit_log (40)", "d94e8315232c0763"),
          Map.entry("bulk_import (20)", "ed185df278710fc3"),
          Map.entry("citation (40)", "2b246faac531f6ac"),
          Map.entry("committee (40)", "ad083bdb35cecb88"),
          Map.entry("committee_duty (400)", "8308dd59ad86f054"),
          Map.entry("committee_member (300)", "48afcb1054bdf051"),
          Map.entry("committee_role (80)", "d007864034044656"),
          Map.entry("division (100)", "bbec96b26440659f"),
          Map.entry("evaluation_recommendation (15)", "daf1444179499185"),
          Map.entry("evaluation_report (15)", "2d15bdf188a2c134"),
          Map.entry("form1_item (1620)", "eab62df27051e482"),
          Map.entry("form1_row (180)", "1faf7525457f5dd0"),
          Map.entry("indicator (604)", "eadcff7f94ff3db7"),
          Map.entry("indicator_facet (822)", "40732c233b45f543"),
          Map.entry("km_goal (66)", "a5eb27612a83faf3"),
          Map.entry("km_goal_text (86)", "a36d48a650a6c977"),
          Map.entry("km_scope (60)", "d3eab69699c8e275"),
          Map.entry("km_scope_item (360)", "110399d817a6049e"),
          Map.entry("km_tool (80)", "b79f96fb33ee5024"),
          Map.entry("knowledge_asset (474)", "a242aaa76d4ebde5"),
          Map.entry("knowledge_asset_author (474)", "840f8ef790c6d4b8"),
          Map.entry("knowledge_asset_publication (344)", "e53bbe0220d257a3"),
          Map.entry("meeting (198)", "9fdd31ba7fbad379"),
          Map.entry("meeting_attendee (3193)", "26df50b38945c089"),
          Map.entry("monitoring_rule (80)", "0fdda7c64b5e2129"),
          Map.entry("narrative_paragraph (620)", "71576c6a40f6c528"),
          Map.entry("narrative_section (320)", "fd9179042348639c"),
          Map.entry("organization (20)", "0d46bd2cc06ed507"),
          Map.entry("plan (20)", "57d6fba9d180121b"),
          Map.entry("plan_activity (384)", "78341fda76f38540"),
          Map.entry("plan_announcement (20)", "db1dfeb4be54afb9"),
          Map.entry("position (160)", "c582c70d9665c835"),
          Map.entry("progress_update (1536)", "19ca83e5bc32d801"),
          Map.entry("recognition (46)", "337a1b98037fb950"),
          // The snapshot of each year's records (V52), stored with the year by the bulk path.
          Map.entry("record_year_snapshot (20)", "02f4c2aaa03305be"),
          Map.entry("record_year_version (20)", "5229474197c9a353"),
          Map.entry("staff_member (961)", "16d25ed03d8a5019"),
          Map.entry("step_description (260)", "9489509eec3c3f73"),
          Map.entry("supervisor_rating (1891)", "c10371322a285728"),
          Map.entry("training (11441)", "45da1540c4d769a1"),
          Map.entry("training_report (2868)", "357c8be1019cd168"),
          Map.entry("training_sign_off (2868)", "b773b3aa9412886d"));

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theRowsOfTwentyOrganizationsAreTheRowsStoredBefore(Engine engine, @TempDir Path dir) {
    try (Database db = Database.open(TestDatabases.empty(engine, dir, POSTGRES))) {
      importTwenty(db);
      assertEquals(new TreeMap<>(BEFORE), digests(db), "the rows of every table, by digest");
    }
  }

  static void importTwenty(Database db) {
    NationalDataset dataset = new NationalDataset(20, 2569, NationalDataset.DEFAULT_YEAR);
    BulkImport bulk = db.bulkImport(CLOCK);
    for (int i = 0; i < dataset.size(); i++) {
      NationalDataset.Organization o = dataset.draw(i);
      bulk.importYear(o.plan(), o.records());
    }
  }

  /** A digest of each non-empty table's rows, every column of every row, in a sorted order. */
  static TreeMap<String, String> digests(Database db) {
    TreeMap<String, String> digests = new TreeMap<>();
    for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      if (table.getName().toLowerCase(java.util.Locale.ROOT).contains("flyway")) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (Record row : db.dsl().selectFrom(table).fetch()) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          line.append(text(row.get(i))).append('\u001f');
        }
        lines.add(line.toString());
      }
      if (!lines.isEmpty()) {
        lines.sort(null);
        digests.put(table.getName() + " (" + lines.size() + ")", sha256(lines));
      }
    }
    return digests;
  }

  private static String text(Object value) {
    return switch (value) {
      case null -> "\\N";
      case OffsetDateTime t -> t.toInstant().toString();
      case BigDecimal d -> d.stripTrailingZeros().toPlainString();
      case byte[] b -> HexFormat.of().formatHex(b);
      default -> value.toString();
    };
  }

  private static String sha256(List<String> lines) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
