package th.km.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.km.persistence.planfile.PlanJson;
import th.km.persistence.records.RecordsFolder;

/**
 * One language and one digit style per page: every page, as every role and anonymously, in Thai and
 * in English. What a person reads (the text, and the titles, labels and placeholders) may hold the
 * other language only where it is the organization's own data, shown verbatim: the plan's and the
 * records' texts, the account names, what the address asked for. So on an English page each run of
 * Thai letters must be found in that data, and on a Thai page each Latin word must be in the data,
 * be a code (STEP_COVERAGE) or one of a short list of names that have no Thai (KM, PDF, Excel…), and
 * Thai digits too come from the data only.
 */
class OneLanguagePerPageTest {

  /** Latin words a Thai page may use: names of things that Thai writes in Latin letters. */
  private static final Set<String> LATIN_ON_THAI =
      Set.of(
          "KM", "CKO", "KPI", "PDF", "DOCX", "XLSX", "CSV", "Excel", "Word", "HTML", "JSON", "API", "LPA", "AAR",
          "OCR", "UTF-8", "TIS-620", "MB", "KB", "Google", "Calendar", "Outlook");

  /** A km command a page tells a person to type ("km evaluate --all --store"): code, not English. */
  private static final Pattern COMMAND = Pattern.compile("\\bkm(?: [a-z][a-z-]*)+(?: --[a-z-]+)*");

  private static final Pattern THAI_RUN = Pattern.compile("[\\u0E00-\\u0E7F]+");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z](?:[A-Za-z0-9_-]*[A-Za-z0-9])?");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)+");
  private static final Pattern THAI_DIGITS = Pattern.compile("[๐-๙]");
  private static final Pattern SHOWN_ATTRIBUTE =
      Pattern.compile("\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

  private static TestServer server;
  private static String data;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    server = TestServer.start();
    RecordsFolder.write(TestYears.banWaenRecords(), dir);
    StringBuilder all = new StringBuilder(PlanJson.write(TestPlans.banWaen())).append(PlanJson.write(TestPlans.other()));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append('\n').append(Files.readString(f));
      }
    }
    all.append("\ncko chair secretary head staff other prasert clerkhead ban-waen nong-khwai");
    data = all.toString();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The text a person reads or hears: element text and the shown attributes, entities decoded. */
  static String visibleText(String html, String otherLanguageTag) {
    String text =
        html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
            // The language switch names the other language in that language, and says so.
            .replaceAll("(?is)<a\\b[^>]*\\blang=\"" + otherLanguageTag + "\"[^>]*>.*?</a>", " ");
    StringBuilder shown = new StringBuilder();
    Matcher attributes = SHOWN_ATTRIBUTE.matcher(text);
    while (attributes.find()) {
      shown.append(' ').append(attributes.group(1));
    }
    return (text.replaceAll("(?s)<[^>]*>", " ") + shown)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&amp;", "&");
  }

  private static List<String> strays(String shown, boolean thaiPage, String path) {
    String text = COMMAND.matcher(shown).replaceAll(" ");
    List<String> strays = new ArrayList<>();
    if (thaiPage) {
      Matcher latin = LATIN_WORD.matcher(text);
      while (latin.find()) {
        String w = latin.group();
        if (!LATIN_ON_THAI.contains(w) && !CODE.matcher(w).matches() && !data.contains(w)
            && !path.contains(w)) {
          strays.add("Latin \"" + w + "\" in …" + around(text, latin.start()) + "…");
        }
      }
      Matcher thai = THAI_RUN.matcher(text);
      while (thai.find()) {
        if (THAI_DIGITS.matcher(thai.group()).find() && !data.contains(thai.group())) {
          strays.add("Thai digits \"" + thai.group() + "\" in …" + around(text, thai.start()) + "…");
        }
      }
    } else {
      Matcher thai = THAI_RUN.matcher(text);
      while (thai.find()) {
        if (!data.contains(thai.group())) {
          strays.add("Thai \"" + thai.group() + "\" in …" + around(text, thai.start()) + "…");
        }
      }
    }
    return strays;
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
  }

  private static String withLanguage(String path, String tag) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + tag;
  }

  @Test
  void everyPageSpeaksOneLanguage() {
    List<String> paths = new ArrayList<>(PagePaths.of(server));
    paths.add("/organizations/ban-waen/no-such-page");
    paths.add("/organizations/ban-waen/indicators/goal-9-activity-9-9");
    List<String> problems = new ArrayList<>();
    for (String who : new String[] {"", "secretary", "head", "staff"}) {
      for (String tag : new String[] {"th", "en"}) {
        Browser b = who.isEmpty() ? server.browser() : server.browser().loggedInAs(who);
        for (String path : paths) {
          HttpResponse<String> answer = b.get(withLanguage(path, tag));
          if (answer.statusCode() / 100 == 3) {
            continue; // a redirect's body is never shown
          }
          boolean thai = tag.equals("th");
          for (String stray : strays(visibleText(answer.body(), thai ? "en" : "th"), thai, path)) {
            problems.add((who.isEmpty() ? "anonymous" : who) + " " + withLanguage(path, tag) + ": " + stray);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " strays:\n" + String.join("\n", problems.stream().distinct().toList()));
  }
}
