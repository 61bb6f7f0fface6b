package th.km.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run that trains the command line's AOT cache ({@code ./km}'s train_for): every batch command
 * it names still runs to the end over its own small dataset (a renamed option or a failing command
 * would leave the user with no cache at all), and its scratch folder is gone afterwards.
 */
class AotTrainingTest {

  @TempDir Path folder;

  @Test
  void theBatchCommandsRunOverAScratchDatasetThatIsDeletedAfterwards() throws Exception {
    Path scratch = folder.resolve("aot-cli-training");
    Files.createDirectories(scratch.resolve("left-over"));

    assertEquals(Main.OK, AotTraining.train(scratch));
    assertFalse(Files.exists(scratch), "the scratch folder is deleted");
  }
}
