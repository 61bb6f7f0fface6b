package th.km.persistence.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import th.km.persistence.db.DatabaseLocation;
import th.km.persistence.db.Engine;

/**
 * Where a database's search index lives: the folder {@code KM_SEARCH_DIR} (or the system property
 * {@code km.search.dir}) names; else the folder {@code search} beside an H2 file database; else, for
 * PostgreSQL, {@code search} in km's data folder; none (in memory) for an H2 database in memory.
 */
public final class SearchIndexLocation {

  /** The environment variable that names the index's folder. */
  public static final String VARIABLE = "KM_SEARCH_DIR";

  private SearchIndexLocation() {}

  /** The folder of the database's index, or empty when the index is to be kept in memory. */
  public static Optional<Path> of(DatabaseLocation database, Map<String, String> environment, Map<String, String> properties) {
    Optional<String> configured =
        Optional.ofNullable(properties.get("km.search.dir")).or(() -> Optional.ofNullable(environment.get(VARIABLE)))
            .filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      return configured.map(Path::of);
    }
    if (database.dataFolder().isPresent()) {
      return database.dataFolder().map(f -> f.resolve("search"));
    }
    String url = database.jdbcUrl();
    if (database.engine() == Engine.H2) {
      String rest = url.substring("jdbc:h2:".length());
      if (rest.startsWith("mem:")) {
        return Optional.empty();
      }
      String file = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
      int options = file.indexOf(';');
      Path path = Path.of(options < 0 ? file : file.substring(0, options)).toAbsolutePath().normalize();
      Path parent = path.getParent() == null ? Path.of(".") : path.getParent();
      return Optional.of(parent.resolve(path.getFileName() + ".search"));
    }
    return Optional.of(DatabaseLocation.dataFolder(environment, properties).resolve("search"));
  }
}
