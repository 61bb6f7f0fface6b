package th.km.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Records added in any order of their row ids come back in row-id order. */
class RowOrderTest {

  @Test
  void recordsComeBackInRowIdOrder() {
    long seed = new Random().nextLong();
    System.out.println("RowOrderTest seed " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      List<Long> ids = new ArrayList<>();
      int n = random.nextInt(300);
      long id = random.nextInt(10);
      for (int i = 0; i < n; i++) {
        id += 1 + random.nextInt(5);
        ids.add(id);
      }
      List<Long> added = new ArrayList<>(ids);
      if (random.nextBoolean()) {
        Collections.shuffle(added, random);
      }
      RowOrder<String> rows = new RowOrder<>();
      added.forEach(i -> rows.add(i, "row " + i));
      assertEquals(ids.stream().map(i -> "row " + i).toList(), rows.inOrder(), "seed " + seed);
    }
  }
}
