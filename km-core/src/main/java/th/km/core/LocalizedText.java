package th.km.core;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A message a person reads, in Thai and in English: the reasons of findings and of evaluation
 * results.
 *
 * @param th the Thai text
 * @param en the English text
 */
public record LocalizedText(String th, String en) {

  public LocalizedText {
    checkArgument(!th.isBlank(), "the Thai text must not be blank (English: '%s')", en);
    checkArgument(!en.isBlank(), "the English text must not be blank (Thai: '%s')", th);
  }

  public static LocalizedText of(String th, String en) {
    return new LocalizedText(th, en);
  }

  /** "Thai / English", for logs and plain-text reports. */
  @Override
  public String toString() {
    return th + " / " + en;
  }
}
