package th.km.web.cache;

/**
 * How many writes the server's data has seen: what was read under one count stays right until the
 * count changes. A database counts every write its stores make; a source held in memory that never
 * changes, or whose writers say so themselves, counts none.
 */
@FunctionalInterface
public interface WriteCount {

  /** A count that never moves, for data that callers invalidate by themselves. */
  WriteCount NONE = () -> 0L;

  /** The current count. */
  long current();
}
