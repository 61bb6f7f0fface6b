package th.km.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.km.persistence.db.DatabaseLocation;

/** Where the index of a database lives. */
class SearchIndexLocationTest {

  @Test
  void besideTheDatabaseOrWhereConfigured() {
    Path data = Path.of("/srv/km/data");
    assertEquals(Optional.of(data.resolve("search")), SearchIndexLocation.of(DatabaseLocation.embedded(data), Map.of(), Map.of()));
    assertEquals(
        Optional.of(Path.of("/srv/db/plans.search")),
        SearchIndexLocation.of(DatabaseLocation.of("jdbc:h2:file:/srv/db/plans;AUTO_SERVER=TRUE", Optional.empty(), Optional.empty()), Map.of(), Map.of()));
    assertEquals(Optional.empty(), SearchIndexLocation.of(DatabaseLocation.of("jdbc:h2:mem:x", Optional.empty(), Optional.empty()), Map.of(), Map.of()));
    assertEquals(
        Optional.of(Path.of("/var/km/index")),
        SearchIndexLocation.of(DatabaseLocation.embedded(data), Map.of(SearchIndexLocation.VARIABLE, "/var/km/index"), Map.of()));
    assertEquals(
        Optional.of(Path.of("/var/km/data/search")),
        SearchIndexLocation.of(
            DatabaseLocation.of("jdbc:postgresql://localhost/km", Optional.empty(), Optional.empty()),
            Map.of(DatabaseLocation.DATA_DIR_VARIABLE, "/var/km/data"), Map.of()));
  }
}
