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

/**
 * Every string of the user interface, in UTF-8 properties bundles per language
 * ({@code messages_th.properties}, {@code messages_en.properties}, and one more per larger feature
 * such as {@code plan-import_th.properties}), with {@code {0}}-style arguments.
 */
public final class Messages {

  /** The bundles of every language, by the first part of their names; none repeats a key. */
  private static final List<String> BUNDLES = List.of("messages", "plan-import", "plan-editor", "knowledge");

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

  /** Loads the bundles shipped with km-web. */
  public static Messages load() {
    Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Properties all = new Properties();
      for (String bundle : BUNDLES) {
        all.putAll(read(bundle + "_" + language.tag() + ".properties"));
      }
      bundles.put(language, all);
    }
    return new Messages(bundles);
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

  private static Properties read(String name) {
    Properties p = new Properties();
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
}
