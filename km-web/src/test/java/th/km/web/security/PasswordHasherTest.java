package th.km.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void aBurstOfSignInsRunsNoMoreChecksAtOnceThanTheBoundEachHolding20Megabytes() throws Exception {
    PasswordHasher hasher = new PasswordHasher(2);
    String stored = hasher.hash("รหัสผ่านที่ถูกต้อง");
    List<Callable<Boolean>> signIns = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String tried = i % 2 == 0 ? "รหัสผ่านที่ถูกต้อง" : "wrong " + i;
      signIns.add(() -> hasher.matches(tried, stored));
    }
    ExecutorService clients = Executors.newFixedThreadPool(12);
    try {
      List<Future<Boolean>> answers = clients.invokeAll(signIns);
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(i % 2 == 0, answers.get(i).get(), "sign-in " + i);
      }
    } finally {
      clients.shutdown();
    }
    assertTrue(hasher.mostRunningAtOnce() <= 2, "at most 2 at once, saw " + hasher.mostRunningAtOnce());
    assertTrue(hasher.mostRunningAtOnce() >= 1);
  }

  @Test
  void aHashItCannotReadIsNoMatchAndABoundBelowOneIsRefused() {
    assertFalse(new PasswordHasher(1).matches("x", "$2a$10$notargon"));
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
  }
}
