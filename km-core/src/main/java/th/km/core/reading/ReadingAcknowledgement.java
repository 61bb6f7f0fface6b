package th.km.core.reading;

import java.time.Instant;

/**
 * That an account acknowledged having read an asset (รับทราบ), and when.
 *
 * @param asset the asset read
 * @param username the account that acknowledged it
 * @param at when
 */
public record ReadingAcknowledgement(AssetRef asset, String username, Instant at) {}
