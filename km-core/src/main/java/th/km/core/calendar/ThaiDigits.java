package th.km.core.calendar;

import java.util.OptionalInt;

/** Conversion between Thai digits (๐–๙) and Arabic digits (0–9); other characters pass through. */
public final class ThaiDigits {

  private static final char THAI_ZERO = '๐';

  private ThaiDigits() {}

  /** Whether the character is a Thai digit ๐–๙. */
  public static boolean isThaiDigit(char c) {
    return c >= THAI_ZERO && c <= '๙';
  }

  /** Whether the character is a Thai or an Arabic digit. */
  public static boolean isDigit(char c) {
    return isThaiDigit(c) || (c >= '0' && c <= '9');
  }

  /** The text with every Thai digit replaced by its Arabic digit. */
  public static String toArabic(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
    }
    return out.toString();
  }

  /** The text with every Arabic digit replaced by its Thai digit. */
  public static String toThai(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }

  /**
   * The number written in Thai or Arabic digits (or a mix), or empty when it is not one or does not
   * fit an {@code int}.
   */
  public static OptionalInt parseInt(String text) {
    String s = toArabic(text.strip());
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    long value = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      value = value * 10 + (c - '0');
      if (value > Integer.MAX_VALUE) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of((int) value);
  }

  /** Whether the text contains at least one Thai digit and at least one Arabic digit. */
  public static boolean mixesDigitStyles(String text) {
    boolean thai = false;
    boolean arabic = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      thai |= isThaiDigit(c);
      arabic |= c >= '0' && c <= '9';
    }
    return thai && arabic;
  }
}
