package th.km.web.i18n;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every string of the user interface, in UTF-8 properties bundles per language
 * ({@code messages_th.properties}, {@code messages_en.properties}, and one more per area such as
 * {@code records_th.properties} or {@code plan-import_th.properties}), with {@code {0}}-style
 * arguments. A key is in one bundle only: loading refuses a key written twice, in one bundle or
 * in two.
 */
public final class Messages {

  /**
   * The bundles of every language, by the first part of their names; none repeats a key. Which
   * keys go where, by their first part: {@code messages} the site's frame (app, nav, header,
   * login, error, publicPage, tables, documents, template, national, province, search); {@code
   * records} entry and record; {@code plan-pages} plan, committees, knowledgeMap, scopes,
   * actionPlan, overview, indicator, monitoring, result, reportStatus, findings, trainings, assets,
   * report; {@code administration} accounts, staff, audit, tasks; {@code reading} reading, portal,
   * portalSetting; and the feature bundles their own.
   */
  static final List<String> BUNDLES =
      List.of(
          "messages",
          "records",
          "plan-pages",
          "administration",
          "reading",
          "plan-import",
          "plan-editor",
          "knowledge");

  private final Map<Language, Properties> bundles;
  /** Each message parsed once: a page asks for dozens per request. */
  private final Map<Language, Map<String, MessageFormat>> compiled = new EnumMap<>(Language.class);

  private Messages(Map<Language, Properties> bundles) {
    this.bundles = bundles;
    for (Map.Entry<Language, Properties> bundle : bundles.entrySet()) {
      Map<String, MessageFormat> formats = new HashMap<>();
      for (String key : bundle.getValue().stringPropertyNames()) {
        // Always through MessageFormat, so that a quote is written '' in every message alike.
        formats.put(key, new MessageFormat(bundle.getValue().getProperty(key), Locale.ROOT));
      }
      compiled.put(bundle.getKey(), Map.copyOf(formats));
    }
  }

  /**
   * Loads the bundles shipped with km-web.
   *
   * @throws IllegalStateException when a key is written twice, naming it and where
   */
  public static Messages load() {
    return load(BUNDLES);
  }

  /** Loads the named bundles of every language, refusing a key written twice. */
  static Messages load(List<String> names) {
    Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Map<String, String> whereFrom = new HashMap<>();
      Properties all = new Properties();
      for (String bundle : names) {
        String file = file(bundle, language);
        Properties one = read(file);
        for (String key : one.stringPropertyNames()) {
          String earlier = whereFrom.putIfAbsent(key, file);
          if (earlier != null) {
            throw new IllegalStateException(
                "the message key '" + key + "' is in both " + earlier + " and " + file);
          }
        }
        all.putAll(one);
      }
      bundles.put(language, all);
    }
    return new Messages(bundles);
  }

  /** The keys of one bundle in one language, sorted. */
  static Set<String> bundleKeys(String bundle, Language language) {
    return new TreeSet<>(read(file(bundle, language)).stringPropertyNames());
  }

  private static String file(String bundle, Language language) {
    return bundle + "_" + language.tag() + ".properties";
  }

  /** The text of the key in the language, with the arguments put in its {@code {n}} places. */
  public String get(Language language, String key, Object... args) {
    MessageFormat format = compiled.get(language).get(key);
    checkArgument(format != null, "no message '%s' in the %s bundle", key, language);
    // Numbers go in as written: MessageFormat would group a B.E. year as "2,569".
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    }
    // A MessageFormat is not safe to share between threads: each use formats with its own copy.
    return ((MessageFormat) format.clone()).format(plain);
  }

  /** Whether the key exists (in every language, as a test makes sure). */
  public boolean has(String key) {
    return bundles.get(Language.TH).containsKey(key);
  }

  /** The keys of one language's bundle, sorted. */
  public Set<String> keys(Language language) {
    return new TreeSet<>(bundles.get(language).stringPropertyNames());
  }

  /** The bundle's keys and texts; a key written twice in it is refused. */
  private static Properties read(String name) {
    Properties p = new OnceEach(name);
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      checkArgument(in != null, "the message bundle %s is missing from the classpath", name);
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message bundle " + name, e);
    }
    return p;
  }

  /** Properties that refuse a key loaded a second time from the same file. */
  private static final class OnceEach extends Properties {
    private static final long serialVersionUID = 1L;
    private final String file;

    OnceEach(String file) {
      this.file = file;
    }

    @Override
    public synchronized @Nullable Object put(Object key, Object value) {
      if (containsKey(key)) {
        throw new IllegalStateException("the message key '" + key + "' is written twice in " + file);
      }
      return super.put(key, value);
    }
  }
}
