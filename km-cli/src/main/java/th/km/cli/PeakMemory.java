package th.km.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The most memory the process has held so far: the peak of the Java heap (the sum of its pools'
 * peaks) and, on Linux, the peak resident set size ({@code VmHWM} in {@code /proc/self/status}), so
 * that a batch shows that its memory stays bounded however many organizations it reads.
 */
final class PeakMemory {

  private static final Path STATUS = Path.of("/proc/self/status");

  private PeakMemory() {}

  /** The heap's peak in bytes. */
  static long heapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The peak resident set size in bytes, where the system tells it. */
  static OptionalLong residentBytes() {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux, or a status file of another shape: the heap's peak is still told.
    }
    return OptionalLong.empty();
  }

  /** Both peaks in MB, as one line: {@code heap 52 MB, RSS 180 MB}. */
  static String describe() {
    OptionalLong rss = residentBytes();
    return "heap " + megabytes(heapBytes()) + " MB"
        + (rss.isPresent() ? ", RSS " + megabytes(rss.getAsLong()) + " MB" : "");
  }

  private static long megabytes(long bytes) {
    return (bytes + (1 << 19)) >> 20;
  }
}
