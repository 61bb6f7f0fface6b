package th.km.persistence.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import th.km.core.records.AssetKind;
import th.km.core.testing.BenchmarkSection;

/**
 * The search benchmark of {@code ./km-bench search}: 10,000 generated Thai assets (sentences of
 * words from a KM vocabulary, a seeded generator whose seed is printed) in a folder index, then
 * the same queries through km's {@link SearchIndex#search} (analysis, filters for a reader,
 * ranking, snippets with highlights) and, as the baseline in the same run, a bare Lucene
 * TermQuery of the same word on the body over the same index, top 10, nothing else. Writes the
 * section "## Knowledge search" of docs/benchmarks.md.
 */
public final class SearchBenchmark {
  private static final String HEADING = "## Knowledge search";
  private static final String ORG = "bench";
  private static final String[] WORDS = {
    "ภาษี", "ป้าย", "ที่ดิน", "อาคาร", "ขออนุญาต", "ก่อสร้าง", "ขยะ", "มูลฝอย", "ประปา", "ถนน", "ผู้สูงอายุ",
    "เบี้ยยังชีพ", "งบประมาณ", "พัสดุ", "จัดซื้อ", "จัดจ้าง", "สารบรรณ", "หนังสือ", "ราชการ", "ประชุม", "สภา",
    "เทศบาล", "ชุมชน", "สุขภาพ", "โรงเรียน", "เด็ก", "ศูนย์", "พัฒนา", "อบรม", "ความรู้", "คู่มือ", "ขั้นตอน",
    "ปฏิบัติงาน", "ตรวจสอบ", "รายงาน", "บัญชี", "การเงิน", "ครุภัณฑ์", "ทะเบียน", "ราษฎร", "ป้องกัน", "สาธารณภัย",
    "น้ำท่วม", "ไฟป่า", "ยาเสพติด", "วัฒนธรรม", "ประเพณี", "กีฬา", "ห้องสมุด", "อินเทอร์เน็ต"
  };
  private static final String[] GLUE = {"การ", "และ", "ของ", "ใน", "ให้", "ที่", "เพื่อ", "ตาม"};

  private SearchBenchmark() {}

  /** {@code SearchBenchmark <benchmarks.md> <command>}. */
  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    String command = args.length > 1 ? args[1] : "./km-bench search";
    long seed = 2569;
    String loadAtStart = loadAverage();
    System.err.println("SearchBenchmark: seed " + seed);
    Random random = new Random(seed);
    Path folder = Files.createTempDirectory("km-search-bench");
    int assets = 10_000;
    int queries = 2_000;
    long[] km = new long[queries];
    long[] bare = new long[queries];
    long[] kmCpu = new long[queries];
    long[] bareCpu = new long[queries];
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long indexNanos;
    try (SearchIndex index = SearchIndex.open(folder.resolve("index"))) {
      List<SearchDocument> docs = new ArrayList<>();
      for (int i = 0; i < assets; i++) {
        docs.add(asset(random, i));
      }
      long t0 = System.nanoTime();
      index.addAll(docs);
      indexNanos = System.nanoTime() - t0;
      try (DirectoryReader reader = DirectoryReader.open(index.directory())) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Warm both up on other words first: the JIT, the page cache, Lucene's caches.
        for (int i = 0; i < 500; i++) {
          String w = WORDS[random.nextInt(WORDS.length)];
          index.search(SearchQuery.of(ORG, w, Audience.READER));
          searcher.search(new TermQuery(new Term(SearchFields.BODY, w)), 10);
        }
        for (int i = 0; i < queries; i++) {
          String w = WORDS[random.nextInt(WORDS.length)];
          long ca = cpu.getCurrentThreadCpuTime();
          long a = System.nanoTime();
          SearchResults results = index.search(SearchQuery.of(ORG, w, Audience.READER));
          long b = System.nanoTime();
          long cb = cpu.getCurrentThreadCpuTime();
          searcher.search(new TermQuery(new Term(SearchFields.BODY, w)), 10);
          long c = System.nanoTime();
          long cc = cpu.getCurrentThreadCpuTime();
          km[i] = b - a;
          bare[i] = c - b;
          kmCpu[i] = cb - ca;
          bareCpu[i] = cc - cb;
          if (results.hits().isEmpty()) {
            throw new IllegalStateException("no hit for " + w);
          }
        }
      }
    }
    String section = section(command, loadAtStart, assets, queries, seed, indexNanos, km, bare, kmCpu, bareCpu);
    String existing = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    Files.writeString(output, BenchmarkSection.replace(existing, HEADING, section), StandardCharsets.UTF_8);
    System.out.print(section);
  }

  private static SearchDocument asset(Random random, int i) {
    StringBuilder body = new StringBuilder();
    int sentences = 5 + random.nextInt(20);
    for (int s = 0; s < sentences; s++) {
      for (int w = 0; w < 8; w++) {
        body.append(random.nextBoolean() ? GLUE[random.nextInt(GLUE.length)] : "").append(WORDS[random.nextInt(WORDS.length)]);
      }
      body.append(random.nextInt(4) == 0 ? " พ.ศ. ๒๕๖" + random.nextInt(10) + " " : " ");
    }
    String title = "คู่มือ" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + " " + i;
    AssetKind kind = AssetKind.values()[random.nextInt(AssetKind.values().length)];
    Set<Audience> audiences = random.nextInt(5) == 0 ? Set.of(Audience.EDITOR) : Set.of(Audience.PUBLIC, Audience.READER, Audience.EDITOR);
    return new SearchDocument(ORG, 2568 + random.nextInt(2), "asset-" + i, title, kind,
        Optional.of("division-" + random.nextInt(5)), Optional.empty(), body.toString(), List.of(), audiences);
  }

  /** The 1-minute load average from /proc/loadavg, or "unknown" where there is none. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ", 2)[0];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static double millis(long[] nanos, double quantile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int at = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, at)] / 1e6;
  }

  private static String section(String command, String loadAtStart, int assets, int queries, long seed, long indexNanos, long[] km, long[] bare, long[] kmCpu, long[] bareCpu) {
    double kmP50 = millis(km, 0.50);
    double kmP99 = millis(km, 0.99);
    double bareP50 = millis(bare, 0.50);
    double bareP99 = millis(bare, 0.99);
    return HEADING + "\n\n"
        + "- Command: `" + command + "` (writes this section)\n"
        + "- Date: " + LocalDate.now(ZoneOffset.UTC) + "; machine: "
        + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
        + "; 1-minute load average when the run began: " + loadAtStart + " (above 1 means other work shared the processors)\n"
        + String.format(Locale.ROOT, "- Data: %,d generated Thai assets (seed %d), indexed in a folder in %.1f s; %,d queries of one word each, after 500 of warm-up%n", assets, seed, indexNanos / 1e9, queries)
        + "- km: `SearchIndex.search` (Thai analysis of the query, reader filters, BM25 ranking, the first 10 hits with"
        + " highlighted snippets); bare: Lucene's `TermQuery` of the same word on the body field of the same index, top 10, no snippets\n\n"
        + "| | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms | goal |\n"
        + "|---|---:|---:|---:|---:|---|\n"
        + String.format(Locale.ROOT, "| km search | %.2f | %.2f | %.2f | %.2f | p99 ≤ 50 ms |%n", kmP50, kmP99, millis(kmCpu, 0.5), millis(kmCpu, 0.99))
        + String.format(Locale.ROOT, "| bare Lucene | %.2f | %.2f | %.2f | %.2f | - |%n", bareP50, bareP99, millis(bareCpu, 0.5), millis(bareCpu, 0.99))
        + String.format(Locale.ROOT, "| km / bare | %.1f× | %.1f× | | | - |%n", kmP50 / bareP50, kmP99 / bareP99)
        + "\nThe first two columns are wall-clock time, which on this machine includes waiting for a core"
        + " (the bare query's p99 shows how much); the CPU columns are the searching thread's own CPU time.\n"
        + "\nMost of km's extra time is the snippets: the highlighter reads each hit's stored text and its offsets.\n";
  }

}
