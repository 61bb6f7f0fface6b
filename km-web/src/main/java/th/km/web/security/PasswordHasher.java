package th.km.web.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Hashes and checks passwords with Argon2id through Password4j, a vetted library: km never writes
 * its own cryptography. The hash carries its algorithm, parameters and salt, so that stronger
 * parameters can come later without breaking stored accounts.
 *
 * <p>Each hash or check holds about 20 MB of memory while it runs, so only as many run at once
 * as there are processors (more would only wait for a core); the others wait their turn. Without
 * this bound a burst of sign-ins, from users or an intruder, takes 20 MB of heap each: a dozen at
 * once would fill a server started with {@code -Xmx256m}.
 */
public final class PasswordHasher {

  /** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, one lane. */
  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  private static final int SALT_BYTES = 16;

  private final Semaphore turns;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostRunning = new AtomicInteger();
  private final String decoy;

  /** A hasher that runs as many hashes at once as the machine has processors. */
  public PasswordHasher() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A hasher that runs at most {@code atOnce} hashes or checks at the same time. */
  public PasswordHasher(int atOnce) {
    if (atOnce < 1) {
      throw new IllegalArgumentException("at least one hash must be able to run: " + atOnce);
    }
    this.turns = new Semaphore(atOnce, true);
    this.decoy = hash("a password nobody has, checked when the username is unknown");
  }

  /** A new hash of the password with a random salt, in the PHC string format. */
  public String hash(String password) {
    return inTurn(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult());
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
