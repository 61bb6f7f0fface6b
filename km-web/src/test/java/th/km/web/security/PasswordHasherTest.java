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

  @Test
  void newHashesCarryTheCostTheHasherWasGivenAndOwaspsByDefault() {
    String cheap = new PasswordHasher(PasswordHasher.Cost.parse("m=64,t=1"), 1).hash("รหัส");
    assertTrue(cheap.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), cheap);
    String owasp = new PasswordHasher(1).hash("รหัส");
    assertTrue(owasp.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), owasp);
    // A hash is checked at the cost written in it, whatever the checking hasher's own cost.
    assertTrue(new PasswordHasher(1).matches("รหัส", cheap));
    assertFalse(new PasswordHasher(1).matches("รหัสอื่น", cheap));
  }

  @Test
  void aCostIsReadAsMAndTAndRefusedInThaiAndEnglishOtherwise() {
    assertEquals(new PasswordHasher.Cost(47_104, 1), PasswordHasher.Cost.parse(" m=47104,t=1 "));
    assertEquals("m=19456,t=2", PasswordHasher.Cost.OWASP.toString());
    for (String wrong : List.of("", "m=4,t=1", "m=64,t=0", "t=2,m=19456", "m=19456", "m=-1,t=2", "19456,2", "m=99999999,t=2")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PasswordHasher.Cost.parse(wrong), wrong);
      assertTrue(e.getMessage().contains("ต้องเขียนเป็น m=KiB,t=รอบ"), e.getMessage());
      assertTrue(e.getMessage().contains("must be m=KIB,t=ITERATIONS"), e.getMessage());
    }
  }

  @Test
  void onlyCostsBelowEveryOneOfOwaspsChoicesAreBelowOwasp() {
    for (String owasp : List.of("m=47104,t=1", "m=19456,t=2", "m=12288,t=3", "m=9216,t=4", "m=7168,t=5", "m=65536,t=3")) {
      assertFalse(PasswordHasher.Cost.parse(owasp).belowOwasp(), owasp);
    }
    for (String weak : List.of("m=64,t=1", "m=19456,t=1", "m=7168,t=4", "m=4096,t=20")) {
      assertTrue(PasswordHasher.Cost.parse(weak).belowOwasp(), weak);
    }
  }
}
