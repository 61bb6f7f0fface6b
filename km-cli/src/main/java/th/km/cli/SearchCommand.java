package th.km.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.km.core.LocalizedText;
import th.km.core.records.AssetKind;
import th.km.persistence.db.Database;
import th.km.persistence.search.Audience;
import th.km.persistence.search.KnowledgeSearch;
import th.km.persistence.search.QueryText;
import th.km.persistence.search.SearchHit;
import th.km.persistence.search.SearchQuery;
import th.km.persistence.search.SearchResults;

/**
 * {@code km search}: searches an organization's knowledge base in the database, as a signed-in
 * reader would (latest approved or published versions), and prints the ranked hits with their
 * snippets. The index is the one the web server keeps beside the database; if it is missing it is
 * built first.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "ค้นหาองค์ความรู้ขององค์กรในฐานข้อมูล (ฉบับที่อนุมัติหรือเผยแพร่แล้ว)",
      "Search an organization's knowledge base in the database, as a reader (approved or published versions)"
          + " (exit 0: searched, also when nothing is found, 2: unusable input, 3: database failure)."
    })
public final class SearchCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec private @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<query>", description = "คำค้น / the words to search for")
  private String query = "";

  @Option(names = "--org", required = true, paramLabel = "<code>", description = "รหัสองค์กร / the organization's code")
  private String org = "";

  @Option(names = "--kind", paramLabel = "<kind>", description = "ประเภทองค์ความรู้ / only assets of this kind: ${COMPLETION-CANDIDATES}")
  private @Nullable AssetKind kind;

  @Option(names = "--division", paramLabel = "<code>", description = "รหัสส่วนราชการ / only assets of this division")
  private @Nullable String division;

  @Option(names = "--step", paramLabel = "<step>", description = "ขั้นตอน KM / only assets of this KM step")
  private @Nullable String step;

  @Option(names = "--year", paramLabel = "<พ.ศ.>", description = "ปีงบประมาณ พ.ศ. / only assets of this fiscal year (B.E.)")
  private @Nullable Integer year;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "10", description = "จำนวนผลสูงสุด / the most hits to print (1-100, default ${DEFAULT-VALUE})")
  private int limit = 10;

  @Option(names = "--db", paramLabel = "<jdbc-url>", description = DatabaseInput.HELP)
  private @Nullable String db;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "รูปแบบผลลัพธ์ / output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
  private Format format = Format.text;

  @Override
  public Integer call() {
    Optional<LocalizedText> problem = QueryText.problem(query);
    if (problem.isPresent()) {
      throw new UnusableInputException(problem.get().th(), problem.get().en());
    }
    if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
      throw new UnusableInputException(
          "--limit ต้องอยู่ระหว่าง 1 ถึง " + SearchQuery.MAX_LIMIT + " ไม่ใช่ " + limit,
          "--limit must be within 1 and " + SearchQuery.MAX_LIMIT + ", not " + limit);
    }
    if (year != null && (year < 2400 || year > 2700)) {
      throw new UnusableInputException(
          "--year ต้องเป็นปี พ.ศ. เช่น 2569 ไม่ใช่ " + year, "--year must be a Buddhist Era year such as 2569, not " + year);
    }
    Optional<String> stepCode = Optional.ofNullable(step).map(s -> KnowledgeSearch.stepCode(s).orElseThrow(
        () -> new UnusableInputException(
            "--step ต้องเป็นขั้นตอน KM ที่ 1 ถึง 7 หรือชื่อ เช่น ACCESS ไม่ใช่ '" + s + "'",
            "--step must be a KM step, 1 to 7 or a name such as ACCESS, not '" + s + "'")));
    SearchQuery search =
        new SearchQuery(
            org, query.strip(), Audience.READER, Optional.ofNullable(kind), Optional.ofNullable(division),
            stepCode, Optional.ofNullable(year), 0, limit);
    SearchResults results;
    try (Database database = DatabaseInput.open(db);
        KnowledgeSearch index = KnowledgeSearch.open(database, DatabaseInput.location(db))) {
      if (!index.hasOrganization(org)) {
        throw new UnusableInputException(
            "ไม่มีองค์กรรหัส '" + org + "' ในฐานข้อมูล", "there is no organization with the code '" + org + "' in the database");
      }
      results = index.search(search);
    }
    PrintWriter out = spec().commandLine().getOut();
    if (format == Format.json) {
      out.println(json(results));
    } else {
      text(out, results);
    }
    out.flush();
    if (results.hits().isEmpty()) {
      PrintWriter err = spec().commandLine().getErr();
      err.println("km search: ไม่พบองค์ความรู้ที่ตรงกับ '" + query.strip() + "' / nothing found for '" + query.strip() + "'");
      err.flush();
    }
    return Main.OK;
  }

  private void text(PrintWriter out, SearchResults results) {
    int rank = 1;
    for (SearchHit h : results.hits()) {
      out.printf(
          Locale.ROOT, "%d. %s  [%s · %s · %s · %d]  %.2f%n", rank++, h.title(), h.kind().englishName(),
          h.division().orElse("-"), h.step().orElse("-"), h.fiscalYear(), h.score());
      out.println("   " + plain(h.snippet()));
      out.println("   " + link(h));
    }
    out.printf(Locale.ROOT, "%d / %d%n", results.hits().size(), results.total());
  }

  private String json(SearchResults results) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("organization", org);
    root.put("query", query.strip());
    root.put("total", results.total());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit h : results.hits()) {
      ObjectNode hit = hits.addObject();
      hit.put("assetId", h.assetId());
      hit.put("title", h.title());
      hit.put("kind", h.kind().name());
      h.division().ifPresent(d -> hit.put("division", d));
      h.step().ifPresent(s -> hit.put("step", s));
      hit.put("year", h.fiscalYear());
      hit.put("score", h.score());
      hit.put("snippet", h.snippet());
      hit.put("link", link(h));
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }

  private String link(SearchHit h) {
    return KnowledgeSearch.link(org, h);
  }

  /** The snippet for a terminal: the marks as «», the HTML escapes undone. */
  static String plain(String snippet) {
    return snippet
        .replace("<mark>", "«")
        .replace("</mark>", "»")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
        .replace('\n', ' ');
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the spec");
    }
    return spec;
  }
}
