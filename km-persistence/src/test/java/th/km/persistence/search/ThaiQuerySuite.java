package th.km.persistence.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import th.km.core.records.AssetKind;

/** The Thai query suite's fixture (thai-query-suite.txt): documents, and queries with their hits. */
final class ThaiQuerySuite {
  static final String ORG = "ban-waen";
  static final int YEAR = 2569;

  record Query(String words, Set<String> expected) {}

  final List<SearchDocument> documents = new ArrayList<>();
  final List<Query> queries = new ArrayList<>();

  static ThaiQuerySuite load() throws IOException {
    ThaiQuerySuite suite = new ThaiQuerySuite();
    try (InputStream in = ThaiQuerySuite.class.getResourceAsStream("thai-query-suite.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String[] cells = line.split("\t");
        switch (cells[0]) {
          case "doc" -> suite.documents.add(document(cells[1], cells[2], cells[3]));
          case "query" ->
              suite.queries.add(
                  new Query(
                      cells[1],
                      cells[2].equals("-") ? Set.of() : new TreeSet<>(List.of(cells[2].split(" ")))));
          default -> {}
        }
      }
    }
    return suite;
  }

  static SearchDocument document(String id, String title, String body) {
    return new SearchDocument(
        ORG, YEAR, id, title, AssetKind.WORK_MANUAL, Optional.empty(), Optional.empty(), body,
        List.of(), Set.of(Audience.READER));
  }

  /** For each query that the index answers wrongly, what it found instead. */
  Map<String, Set<String>> failures(SearchIndex index) {
    index.addAll(documents);
    Map<String, Set<String>> failures = new LinkedHashMap<>();
    for (Query q : queries) {
      Set<String> found = new TreeSet<>();
      index.search(SearchQuery.of(ORG, q.words(), Audience.READER)).hits().forEach(h -> found.add(h.assetId()));
      if (!found.equals(q.expected())) {
        failures.put(q.words(), found);
      }
    }
    return failures;
  }
}
