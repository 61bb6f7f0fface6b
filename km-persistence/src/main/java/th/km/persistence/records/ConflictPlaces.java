package th.km.persistence.records;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import th.km.core.records.RecordProblem.Severity;
import th.km.core.store.RecordConflict;

/**
 * Places a conflict between a folder's record and the store at the record's file and line, so that
 * a refused import names where to look as a refused reading does.
 */
final class ConflictPlaces {

  private ConflictPlaces() {}

  static RecordsFileProblem placed(Path dir, RecordConflict conflict) {
    String file = RecordsFolder.fileName(conflict.kind());
    String field =
        switch (conflict) {
          case RecordConflict.Changed c -> String.join(", ", c.fields());
          case RecordConflict.OtherKind o -> "id";
          case RecordConflict.Duplicate d -> "id";
        };
    return new RecordsFileProblem(
        file, lineOf(dir.resolve(file), conflict.id()), field, Severity.ERROR, conflict.message());
  }

  /** The line of the file whose object has the id, from 1; 0 when no line has it any more. */
  private static int lineOf(Path file, String id) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, UTF_8);
    } catch (IOException e) {
      return 0;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.contains(id)) {
        continue;
      }
      try {
        JsonNode node = RecordsFolder.MAPPER.readTree(line);
        JsonNode value = node == null ? null : node.get("id");
        if (value != null && value.isTextual() && value.textValue().equals(id)) {
          return i + 1;
        }
      } catch (JsonProcessingException e) {
        // The reading accepted the file, so every line is JSON; a line that is not cannot be it.
      }
    }
    return 0;
  }
}
