package th.km.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.core.records.AssetKind;

/** The search index: attachments, snippets, filters, who finds what, and rebuilds. */
class SearchIndexTest {
  private static final String ORG = "ban-waen";

  private static SearchDocument doc(String id, AssetKind kind, String division, int year, String body, List<Attachment> files, Audience... audiences) {
    return new SearchDocument(ORG, year, id, "เอกสาร " + id, kind, Optional.of(division), Optional.of("ACCESS"), body, files, Set.of(audiences));
  }

  private static List<String> ids(SearchIndex index, SearchQuery query) {
    return index.search(query).hits().stream().map(SearchHit::assetId).toList();
  }

  @Test
  void findsWordsInsideAttachmentsAndNamesABrokenOneOnly() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      List<String> warnings = index.addAll(List.of(
          doc("docx", AssetKind.WORK_MANUAL, "finance", 2569, "ข้อความ", List.of(new Attachment("manual.docx", AttachmentFiles.docx("ขั้นตอนการตรวจรับพัสดุของกองคลัง"))), Audience.READER),
          doc("xlsx", AssetKind.WORK_MANUAL, "finance", 2569, "ข้อความ", List.of(new Attachment("table.xlsx", AttachmentFiles.xlsx("ทะเบียนครุภัณฑ์สำนักงาน"))), Audience.READER),
          doc("pdf", AssetKind.WORK_MANUAL, "works", 2569, "ข้อความ", List.of(new Attachment("meter.pdf", AttachmentFiles.pdf("ตรวจสอบประปา"))), Audience.READER),
          doc("broken", AssetKind.WORK_MANUAL, "works", 2569, "ข้อความ", List.of(new Attachment("แผนผังงานประปา.docx", Arrays.copyOf(AttachmentFiles.docx("ไม่มีใครอ่านได้"), 300))), Audience.READER),
          doc("image", AssetKind.WORK_MANUAL, "works", 2569, "ข้อความ", List.of(new Attachment("photo.png", AttachmentFiles.png())), Audience.READER)));
      assertEquals(List.of("docx"), ids(index, SearchQuery.of(ORG, "พัสดุ", Audience.READER)));
      assertEquals(List.of("xlsx"), ids(index, SearchQuery.of(ORG, "ครุภัณฑ์", Audience.READER)));
      assertEquals(List.of("pdf"), ids(index, SearchQuery.of(ORG, "ประปา", Audience.READER)).subList(0, 1));
      assertEquals(List.of(), ids(index, SearchQuery.of(ORG, "อ่านได้", Audience.READER)));
      assertTrue(ids(index, SearchQuery.of(ORG, "แผนผังงาน", Audience.READER)).contains("broken"), "found by its file name");
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).contains("แผนผังงานประปา.docx") && warnings.get(0).contains("found by its name only"), warnings.get(0));
    }
  }

  /**
   * เพจ is read เพ|จ alone but ต์เพ|จ inside เว็บไซต์เพจเฟซบุ๊ก: the words find nothing, the grams find
   * it, mark it in the snippet, and still keep to the audience and the filters.
   */
  @Test
  void aWordTheDictionaryReadsOtherwiseInTheTextIsFoundByItsGramsWithinTheFilters() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.addAll(List.of(
          doc("page", AssetKind.STORY, "clerk", 2569, "จัดทำเอกสารเผยแพร่เว็บไซต์เพจเฟซบุ๊กของเทศบาล", List.of(), Audience.READER),
          doc("draft", AssetKind.STORY, "clerk", 2569, "เผยแพร่เว็บไซต์เพจเฟซบุ๊กทุกเดือน", List.of(), Audience.EDITOR)));
      SearchResults found = index.search(SearchQuery.of(ORG, "เพจ", Audience.READER));
      assertEquals(List.of("page"), found.hits().stream().map(SearchHit::assetId).toList());
      assertEquals(1, found.total());
      assertTrue(found.hits().get(0).snippet().contains("<mark>เพจ</mark>"), found.hits().get(0).snippet());
      assertEquals(
          List.of(),
          ids(index, new SearchQuery(ORG, "เพจ", Audience.READER, Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.of(2570), 0, 10)));
    }
  }

  @Test
  void snippetsMarkTheWordsAndEscapeEverythingElse() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.addAll(List.of(doc("a", AssetKind.STORY, "clerk", 2569, "ใช้แท็ก <script>alert(1)</script> ในการจัดเก็บภาษีป้ายของเทศบาล", List.of(), Audience.READER)));
      SearchHit hit = index.search(SearchQuery.of(ORG, "ภาษี", Audience.READER)).hits().get(0);
      assertTrue(hit.snippet().contains("<mark>ภาษี</mark>"), hit.snippet());
      assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
      assertFalse(hit.snippet().contains("<script>"), hit.snippet());
      assertTrue(hit.score() > 0);
    }
  }

  @Test
  void ranksTitleMatchesFirstAndPages() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.addAll(List.of(
          doc("body", AssetKind.STORY, "clerk", 2569, "เรื่องนี้กล่าวถึงขยะเพียงครั้งเดียว", List.of(), Audience.READER),
          new SearchDocument(ORG, 2569, "title", "การคัดแยกขยะ", AssetKind.STORY, Optional.empty(), Optional.empty(), "ชุมชนคัดแยกขยะ", List.of(), Set.of(Audience.READER))));
      assertEquals(List.of("title", "body"), ids(index, SearchQuery.of(ORG, "ขยะ", Audience.READER)));
      SearchQuery second = new SearchQuery(ORG, "ขยะ", Audience.READER, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 1);
      SearchResults page = index.search(second);
      assertEquals(2, page.total());
      assertEquals(List.of("body"), page.hits().stream().map(SearchHit::assetId).toList());
    }
  }

  @Test
  void filtersNarrowByKindDivisionStepAndYear() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.addAll(List.of(
          doc("m69", AssetKind.WORK_MANUAL, "finance", 2569, "งบประมาณ", List.of(), Audience.READER),
          doc("s69", AssetKind.STORY, "finance", 2569, "งบประมาณ", List.of(), Audience.READER),
          doc("m68", AssetKind.WORK_MANUAL, "works", 2568, "งบประมาณ", List.of(), Audience.READER)));
      assertEquals(List.of("m69", "m68"), ids(index, filtered(Optional.of(AssetKind.WORK_MANUAL), Optional.empty(), Optional.empty())).stream().sorted().toList().reversed());
      assertEquals(List.of("m68"), ids(index, filtered(Optional.empty(), Optional.of("works"), Optional.empty())));
      assertEquals(List.of("m68"), ids(index, filtered(Optional.empty(), Optional.empty(), Optional.of(2568))));
      assertEquals(List.of(), ids(index, new SearchQuery(ORG, "งบประมาณ", Audience.READER, Optional.empty(), Optional.empty(), Optional.of("SHARE"), Optional.empty(), 0, 10)));
      assertEquals(List.of(), ids(index, SearchQuery.of("other-org", "งบประมาณ", Audience.READER)));
    }
  }

  private static SearchQuery filtered(Optional<AssetKind> kind, Optional<String> division, Optional<Integer> year) {
    return new SearchQuery(ORG, "งบประมาณ", Audience.READER, kind, division, Optional.of("ACCESS"), year, 0, 10);
  }

  @Test
  void eachAudienceFindsOnlyTheVersionItMayRead() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.replace(ORG, 2569, "a", List.of(
          doc("a", AssetKind.WORK_MANUAL, "clerk", 2569, "ฉบับเผยแพร่ว่าด้วยการประชุม", List.of(), Audience.PUBLIC, Audience.READER),
          doc("a", AssetKind.WORK_MANUAL, "clerk", 2569, "ฉบับร่างว่าด้วยการประชุมสภา", List.of(), Audience.EDITOR)));
      assertEquals(List.of("a"), ids(index, SearchQuery.of(ORG, "สภา", Audience.EDITOR)));
      assertEquals(List.of(), ids(index, SearchQuery.of(ORG, "สภา", Audience.READER)));
      assertEquals(List.of(), ids(index, SearchQuery.of(ORG, "สภา", Audience.PUBLIC)));
      assertEquals(List.of("a"), ids(index, SearchQuery.of(ORG, "ประชุม", Audience.PUBLIC)));
      // A division head sees the drafts of the own division only.
      assertEquals(List.of("a"), ids(index, SearchQuery.of(ORG, "สภา", Audience.EDITOR).withWorkOf("clerk")));
      assertEquals(List.of(), ids(index, SearchQuery.of(ORG, "สภา", Audience.EDITOR).withWorkOf("finance")));
      assertEquals(List.of("a"), ids(index, SearchQuery.of(ORG, "ประชุม", Audience.EDITOR).withWorkOf("finance")));
      index.replace(ORG, 2569, "a", List.of());
      assertEquals(List.of(), ids(index, SearchQuery.of(ORG, "ประชุม", Audience.EDITOR)));
    }
  }

  @Test
  void aMissingOrOutdatedIndexAsksForARebuildAndAKeptOneDoesNot(@TempDir Path folder) throws Exception {
    Path path = folder.resolve("search");
    try (SearchIndex index = SearchIndex.open(path)) {
      assertTrue(index.needsRebuild());
      index.addAll(List.of(doc("a", AssetKind.STORY, "clerk", 2569, "ภาษีป้าย", List.of(), Audience.READER)));
    }
    try (SearchIndex index = SearchIndex.open(path)) {
      assertFalse(index.needsRebuild());
      assertEquals(List.of("a"), ids(index, SearchQuery.of(ORG, "ภาษี", Audience.READER)));
      // A second process (the command line beside the web server) searches what the first writes.
      try (SearchIndex second = SearchIndex.open(path)) {
        assertTrue(second.readOnly());
        assertEquals(List.of("a"), ids(second, SearchQuery.of(ORG, "ภาษี", Audience.READER)));
      }
    }
    // An index written by an older km: no format in its commit.
    try (IndexWriter old = new IndexWriter(FSDirectory.open(path), new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      old.commit();
    }
    try (SearchIndex index = SearchIndex.open(path)) {
      assertTrue(index.needsRebuild());
      assertEquals(List.of(), ids(index, SearchQuery.of(ORG, "ภาษี", Audience.READER)));
    }
    assertTrue(Files.isDirectory(path));
  }

  @Test
  void queryTextRefusesEmptyLongAndControlCharactersInBothLanguages() {
    assertTrue(QueryText.problem("  ").orElseThrow().en().contains("empty"));
    assertTrue(QueryText.problem("ก".repeat(201)).orElseThrow().th().contains("201"));
    assertTrue(QueryText.problem("ภาษี\u202Eป้าย").isPresent());
    assertTrue(QueryText.problem("ภาษีป้าย ๒๕๖๙").isEmpty());
  }
}
