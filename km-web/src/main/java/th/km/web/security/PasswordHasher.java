package th.km.web.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes and checks passwords with Argon2id through Password4j, a vetted library: km never writes
 * its own cryptography. The hash carries its algorithm, parameters and salt, so that stronger
 * parameters can come later without breaking stored accounts.
 *
 * <p>Each hash or check holds about 20 MB of memory while it runs, so only as many run at once
 * as there are processors (more would only wait for a core); the others wait their turn. Without
 * this bound a burst of sign-ins, from users or an intruder, takes 20 MB of heap each: a dozen at
 * once would fill a server started with {@code -Xmx256m}.
 *
 * <p>New hashes cost OWASP's minimum unless the server is given another {@link Cost} ({@code
 * KM_PASSWORD_COST}): more on a server with memory to spare, less only for a demonstration or a
 * test server, whose passwords then resist guessing less.
 */
public final class PasswordHasher {

  /** The environment variable that sets the cost of new hashes: {@code m=KIB,t=ITERATIONS}. */
  public static final String COST_VARIABLE = "KM_PASSWORD_COST";

  /**
   * The Argon2id cost of the hashes a hasher makes (one lane, 32 bytes); a stored hash is always
   * checked at the cost written in it, so a change applies to new and reset passwords only.
   *
   * @param memoryKib the memory each hash fills, in KiB
   * @param iterations the passes over that memory
   */
  public record Cost(int memoryKib, int iterations) {

    /** OWASP's minimum for Argon2id, the default: 19 MiB of memory, 2 iterations. */
    public static final Cost OWASP = new Cost(19_456, 2);

    private static final Pattern FORM = Pattern.compile("m=(\\d{1,7}),t=(\\d{1,3})");

    /** Argon2's own lower bounds: 8 KiB per lane and one pass. */
    public Cost {
      if (memoryKib < 8 || iterations < 1) {
        throw new IllegalArgumentException(
            "Argon2 needs at least m=8 and t=1, got m=" + memoryKib + ",t=" + iterations);
      }
    }

    /**
     * The cost written as {@code m=19456,t=2}; a value in another form or below Argon2's bounds is
     * refused with an {@link IllegalArgumentException} whose message says so in Thai and English.
     */
    public static Cost parse(String text) {
      Matcher m = FORM.matcher(text.strip());
      try {
        if (m.matches()) {
          return new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
      } catch (IllegalArgumentException e) {
        // out of Argon2's bounds: refused below like any other wrong value
      }
      throw new IllegalArgumentException(
          "ค่าความหนักของการแฮชรหัสผ่านต้องเขียนเป็น m=KiB,t=รอบ (อย่างน้อย m=8,t=1) เช่น m=19456,t=2 ได้ \""
              + text + "\" / the password hash cost must be m=KIB,t=ITERATIONS (at least m=8,t=1),"
              + " such as m=19456,t=2; got \"" + text + "\"");
    }

    /** The cost {@value PasswordHasher#COST_VARIABLE} sets, else {@link #OWASP}; a wrong value is refused as by {@link #parse}. */
    public static Cost fromEnvironment() {
      String set = System.getenv(COST_VARIABLE);
      try {
        return set == null || set.isBlank() ? OWASP : parse(set);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(COST_VARIABLE + ": " + e.getMessage(), e);
      }
    }

    /** Whether the cost is below OWASP's minimum, which a production server should not be. */
    public boolean belowOwasp() {
      // OWASP's equal choices run from m=47104,t=1 to m=7168,t=5: at least 7 MiB and 35,840 KiB passes.
      return memoryKib < 7_168 || (long) memoryKib * iterations < 35_840;
    }

    @Override
    public String toString() {
      return "m=" + memoryKib + ",t=" + iterations;
    }
  }

  private static final int SALT_BYTES = 16;

  private final Argon2Function argon2id;
  private final Semaphore turns;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostRunning = new AtomicInteger();
  private final String decoy;

  /** A hasher at OWASP's cost that runs as many hashes at once as the machine has processors. */
  public PasswordHasher() {
    this(Cost.OWASP);
  }

  /** A hasher at the cost that runs as many hashes at once as the machine has processors. */
  public PasswordHasher(Cost cost) {
    this(cost, Runtime.getRuntime().availableProcessors());
  }

  /** A hasher at OWASP's cost that runs at most {@code atOnce} hashes or checks at the same time. */
  public PasswordHasher(int atOnce) {
    this(Cost.OWASP, atOnce);
  }

  /** A hasher at the cost that runs at most {@code atOnce} hashes or checks at the same time. */
  public PasswordHasher(Cost cost, int atOnce) {
    this.argon2id = Argon2Function.getInstance(cost.memoryKib(), cost.iterations(), 1, 32, Argon2.ID);
    if (atOnce < 1) {
      throw new IllegalArgumentException("at least one hash must be able to run: " + atOnce);
    }
    this.turns = new Semaphore(atOnce, true);
    this.decoy = hash("a password nobody has, checked when the username is unknown");
  }

  /** A new hash of the password with a random salt, in the PHC string format. */
  public String hash(String password) {
    return inTurn(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2id).getResult());
  }

  /** Whether the password matches the hash; false for a hash this hasher cannot read. */
  public boolean matches(String password, String hash) {
    if (!hash.startsWith("$argon2")) {
      return false;
    }
    return inTurn(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
  }

  /** The most hashes and checks that have run at the same time, for tests of the bound. */
  int mostRunningAtOnce() {
    return mostRunning.get();
  }

  private <T> T inTurn(Supplier<T> work) {
    turns.acquireUninterruptibly();
    try {
      mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        return work.get();
      } finally {
        running.decrementAndGet();
      }
    } finally {
      turns.release();
    }
  }

  /**
   * Spends the time of one check without an account, so that an unknown username takes as long to
   * refuse as a wrong password.
   */
  public void spendOneCheck(String password) {
    boolean ignored = matches(password, decoy);
    if (ignored) {
      throw new IllegalStateException("the decoy password was guessed");
    }
  }
}
