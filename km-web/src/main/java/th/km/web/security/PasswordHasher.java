package th.km.web.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes and checks passwords with Argon2id through Password4j, a vetted library: km never writes
 * its own cryptography. The hash carries its algorithm, parameters and salt, so that stronger
 * parameters can come later without breaking stored accounts.
 */
public final class PasswordHasher {

  /** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, one lane. */
  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  private static final int SALT_BYTES = 16;

  private final String decoy;

  public PasswordHasher() {
    this.decoy = hash("a password nobody has, checked when the username is unknown");
  }

  /** A new hash of the password with a random salt, in the PHC string format. */
  public String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
  }

  /** Whether the password matches the hash; false for a hash this hasher cannot read. */
  public boolean matches(String password, String hash) {
    if (!hash.startsWith("$argon2")) {
      return false;
    }
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
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
