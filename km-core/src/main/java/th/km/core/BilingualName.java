package th.km.core;

/**
 * A value that people read by name, in Thai and in English: the kinds, settings, channels and
 * categories that records and indicators are filtered by. Reports, forms and indicator texts show
 * {@link #thaiName()} to Thai readers and {@link #englishName()} beside it or in English output.
 */
public interface BilingualName {

  /** The name in Thai, as the plan and the municipality's documents write it. */
  String thaiName();

  /** The name in English. */
  String englishName();
}
