package th.km.persistence.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import th.km.persistence.PersistenceException;

/**
 * Which database km opens: a JDBC URL, its engine, and the credentials that are not in the URL.
 *
 * <p>The URL comes, first found first, from the {@code --db} option, the system property {@code
 * km.db.url}, the environment variable {@code KM_DB_URL}; with none of them, km uses the H2 file
 * database {@code km} in the data folder: the system property {@code km.data.dir}, else the
 * environment variable {@code KM_DATA_DIR}, else {@code ./data}. A user name and password may come
 * in the URL or from {@code KM_DB_USER} and {@code KM_DB_PASSWORD} (or {@code km.db.user}, {@code
 * km.db.password}), which keeps a password off the command line.
 *
 * @param jdbcUrl the URL as the driver takes it
 * @param engine the engine the URL names
 * @param user the user name, when it is not in the URL
 * @param password the password, when it is not in the URL
 * @param dataFolder the folder km creates for the default H2 database; empty for any other URL
 */
public record DatabaseLocation(
    String jdbcUrl,
    Engine engine,
    Optional<String> user,
    Optional<String> password,
    Optional<Path> dataFolder) {

  public static final String URL_VARIABLE = "KM_DB_URL";
  public static final String USER_VARIABLE = "KM_DB_USER";
  public static final String PASSWORD_VARIABLE = "KM_DB_PASSWORD";
  public static final String DATA_DIR_VARIABLE = "KM_DATA_DIR";

  /** The data folder when nothing names one, relative to the working directory. */
  public static final Path DEFAULT_DATA_FOLDER = Path.of("data");

  /** The name of the default H2 database in the data folder; H2 adds {@code .mv.db}. */
  public static final String DEFAULT_DATABASE_NAME = "km";

  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^;&]*");

  public DatabaseLocation {
    if (Engine.of(jdbcUrl).orElse(null) != engine) {
      throw new IllegalArgumentException("URL " + mask(jdbcUrl) + " is not an " + engine + " URL");
    }
  }

  /**
   * The database the user asked for: the URL given on the command line, else the one the
   * environment names, else the default H2 file. {@code environment} holds the environment
   * variables; {@code properties} the system properties, which take precedence over them.
   *
   * @throws PersistenceException when the URL names a database km does not support
   */
  public static DatabaseLocation resolve(
      Optional<String> commandLineUrl,
      Map<String, String> environment,
      Map<String, String> properties) {
    Settings settings = new Settings(environment, properties);
    Optional<String> user = settings.get(USER_VARIABLE);
    Optional<String> password = settings.get(PASSWORD_VARIABLE);
    Optional<String> url = commandLineUrl.or(() -> settings.get(URL_VARIABLE));
    if (url.isPresent()) {
      return of(url.get(), user, password);
    }
    return embedded(dataFolder(environment, properties));
  }

  /**
   * The data folder the environment names ({@code km.data.dir}, else {@code KM_DATA_DIR}), else
   * {@link #DEFAULT_DATA_FOLDER}, whatever URL is configured: the demo keeps its own database in a
   * folder under it.
   */
  public static Path dataFolder(Map<String, String> environment, Map<String, String> properties) {
    return new Settings(environment, properties)
        .get(DATA_DIR_VARIABLE)
        .map(Path::of)
        .orElse(DEFAULT_DATA_FOLDER);
  }

  /** {@link #dataFolder(Map, Map)} of the operating system's environment and the JVM's properties. */
  public static Path dataFolderFromEnvironment() {
    return dataFolder(System.getenv(), systemProperties());
  }

  /** The database the operating system's environment and the JVM's system properties name. */
  public static DatabaseLocation fromEnvironment(Optional<String> commandLineUrl) {
    return resolve(commandLineUrl, System.getenv(), systemProperties());
  }

  private static Map<String, String> systemProperties() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
    return properties;
  }

  /**
   * A database given by its URL.
   *
   * @throws PersistenceException when the URL names a database km does not support
   */
  public static DatabaseLocation of(
      String jdbcUrl, Optional<String> user, Optional<String> password) {
    String url = jdbcUrl.strip();
    Engine engine =
        Engine.of(url)
            .orElseThrow(
                () ->
                    new PersistenceException(
                        "km ใช้ฐานข้อมูล H2 (jdbc:h2:...) หรือ PostgreSQL (jdbc:postgresql://...)"
                            + " เท่านั้น ไม่รองรับ '"
                            + mask(url)
                            + "' / km works with H2 (jdbc:h2:...) or PostgreSQL"
                            + " (jdbc:postgresql://...) only, not '"
                            + mask(url)
                            + "'"));
    return new DatabaseLocation(url, engine, user, password, Optional.empty());
  }

  /** The H2 file database {@code km} in a data folder, which km creates when it opens it. */
  public static DatabaseLocation embedded(Path dataFolder) {
    Path folder = dataFolder.toAbsolutePath().normalize();
    if (folder.toString().contains(";")) {
      throw new PersistenceException(
          "ชื่อโฟลเดอร์ข้อมูลมีเครื่องหมาย ';' ซึ่ง H2 ใช้ไม่ได้: "
              + folder
              + " / the data folder's path contains ';', which H2 cannot use: "
              + folder);
    }
    // AUTO_SERVER lets a second km process (the CLI while the web server runs) use the same file.
    // WRITE_DELAY=0 writes each commit to the file before the commit returns: by default H2 writes
    // commits up to a second later, and a process killed in that second loses what a person was
    // told was saved (ImportCrashTest shows it). LOCK_TIMEOUT: a writer waits up to 10 s for a
    // table another writer holds (H2's default, 1 s, failed writes of a busy server: the soak).
    // REUSE_SPACE=FALSE: every commit goes to the file's end, where H2 finds it after a crash;
    // km gives the space back by compacting now and then (H2FileSpace).
    String url =
        "jdbc:h2:file:"
            + folder.resolve(DEFAULT_DATABASE_NAME)
            + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;REUSE_SPACE=FALSE";
    return new DatabaseLocation(
        url, Engine.H2, Optional.empty(), Optional.empty(), Optional.of(folder));
  }

  /** The URL with any password in it masked, for messages and logs. */
  public String describe() {
    return mask(jdbcUrl);
  }

  @Override
  public String toString() {
    return describe() + user.map(u -> " as " + u).orElse("");
  }

  private static String mask(String url) {
    return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
  }

  /**
   * Environment variables, overridden by system properties of the same name in dotted lower case.
   */
  record Settings(Map<String, String> environment, Map<String, String> properties) {

    Optional<String> get(String variable) {
      String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
      return Optional.ofNullable(properties.get(property))
          .or(() -> Optional.ofNullable(environment.get(variable)))
          .map(String::strip)
          .filter(v -> !v.isEmpty());
    }
  }

  /**
   * This location for a command that only reads it; on H2: its file's compaction turned off, a
   * query cache that holds every statement of a plan's read (H2 keeps 8 by default and parses the others again each time), and
   * an 8 MB page cache instead of 64 MB (a batch reads each organization's pages once; at N=100
   * the smaller cache took 80 MB off the peak RSS at the same speed), unless the URL sets them.
   */
  DatabaseLocation forReading() {
    if (engine != Engine.H2) {
      return this;
    }
    String url = jdbcUrl;
    String upper = url.toUpperCase(Locale.ROOT);
    for (String setting :
        List.of(
            "AUTO_COMPACT_FILL_RATE=0", "MAX_COMPACT_TIME=0", "QUERY_CACHE_SIZE=64", "CACHE_SIZE=8192")) {
      if (!upper.contains(";" + setting.substring(0, setting.indexOf('=') + 1))) {
        url += ";" + setting;
      }
    }
    return new DatabaseLocation(url, engine, user, password, dataFolder);
  }
}
