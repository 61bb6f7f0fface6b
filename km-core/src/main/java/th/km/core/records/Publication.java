package th.km.core.records;

import java.time.LocalDate;

/**
 * The publication of a knowledge asset on one channel.
 *
 * @param channel where
 * @param publishedOn from which day
 */
public record Publication(PublicationChannel channel, LocalDate publishedOn) {}
