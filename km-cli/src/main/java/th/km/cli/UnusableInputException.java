package th.km.cli;

/**
 * Input the command cannot work with (a missing or malformed file, a bad option value). The
 * message names what is wrong and where, in Thai and in English; {@link Main} turns it into exit
 * code 2.
 */
public final class UnusableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageTh;

  public UnusableInputException(String messageTh, String messageEn) {
    super(messageEn);
    this.messageTh = messageTh;
  }

  public UnusableInputException(String messageTh, String messageEn, Throwable cause) {
    super(messageEn, cause);
    this.messageTh = messageTh;
  }

  public String messageTh() {
    return messageTh;
  }
}
