package th.km.core.records;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import th.km.core.plan.DivisionCode;

/**
 * A knowledge asset (องค์ความรู้): a work manual, a story, an After Action Review, a regulation made
 * available. Its status is not stored but follows from its dates, so that an evaluation as of an
 * earlier day sees the asset as it was then.
 */
@Value.Immutable
public abstract class AbstractKnowledgeAsset implements YearRecord {

  @Override
  public abstract String id();

  public abstract String title();

  public abstract AssetKind assetKind();

  /** Whether a work manual contains a flowchart (แผนผังขั้นตอนการปฏิบัติงาน); false for others. */
  @Value.Default
  public boolean withFlowchart() {
    return false;
  }

  /** The division that owns the asset; empty for an organization-wide one. */
  public abstract Optional<DivisionCode> division();

  /** The staff members who wrote it. */
  public abstract List<String> authorIds();

  /** The day the draft was made. */
  public abstract LocalDate createdOn();

  /** The day it passed review (ตรวจทาน/เห็นชอบ), if it has. */
  public abstract Optional<LocalDate> reviewedOn();

  /** Where and from when it is published. */
  public abstract List<Publication> publications();

  @Override
  public RecordKind kind() {
    return RecordKind.KNOWLEDGE_ASSET;
  }

  @Override
  public Optional<LocalDate> occurredOn() {
    return Optional.of(createdOn());
  }

  @Override
  public List<String> personIds() {
    return authorIds();
  }

  /** The day the asset reached the status: created, reviewed, or first published anywhere. */
  public Optional<LocalDate> reachedOn(AssetStatus status) {
    return switch (status) {
      case DRAFT -> Optional.of(createdOn());
      case REVIEWED -> reviewedOn().or(() -> firstPublished());
      case PUBLISHED -> firstPublished();
    };
  }

  /** The status on the day; empty before the asset was created. */
  public Optional<AssetStatus> statusOn(LocalDate day) {
    AssetStatus reached = null;
    for (AssetStatus s : AssetStatus.values()) {
      Optional<LocalDate> on = reachedOn(s);
      if (on.isPresent() && !on.get().isAfter(day)) {
        reached = s;
      }
    }
    return Optional.ofNullable(reached);
  }

  /** The status the dates give, as of the last of them. */
  public AssetStatus status() {
    if (firstPublished().isPresent()) {
      return AssetStatus.PUBLISHED;
    }
    return reviewedOn().isPresent() ? AssetStatus.REVIEWED : AssetStatus.DRAFT;
  }

  /** The first day the asset is published on the channel, if it is. */
  public Optional<LocalDate> publishedOn(PublicationChannel channel) {
    return Optional.ofNullable(firstPublished(channel));
  }

  /** The channels it is published on by the end of the day. */
  public Set<PublicationChannel> channelsOn(LocalDate day) {
    Set<PublicationChannel> channels = EnumSet.noneOf(PublicationChannel.class);
    publications().stream()
        .filter(p -> !p.publishedOn().isAfter(day))
        .forEach(p -> channels.add(p.channel()));
    return channels;
  }

  private Optional<LocalDate> firstPublished() {
    return Optional.ofNullable(firstPublished(null));
  }

  /**
   * The first day of publication on the channel, or anywhere when it is null; null when there is
   * none. A loop, not a stream: the evaluation asks this of every asset a rule selects.
   */
  @Nullable LocalDate firstPublished(@Nullable PublicationChannel channel) {
    List<Publication> all = publications();
    @Nullable LocalDate first = null;
    for (int i = 0, n = all.size(); i < n; i++) {
      Publication p = all.get(i);
      if ((channel == null || p.channel() == channel)
          && (first == null || p.publishedOn().isBefore(first))) {
        first = p.publishedOn();
      }
    }
    return first;
  }

  @Value.Check
  protected void check() {
    RecordIds.check(id(), "knowledge asset");
    checkArgument(!title().isBlank(), "knowledge asset %s has a blank title", id());
    checkArgument(
        !withFlowchart() || assetKind() == AssetKind.WORK_MANUAL,
        "knowledge asset %s is a %s, only a work manual has a flowchart",
        id(),
        assetKind().englishName());
    authorIds().forEach(a -> RecordIds.check(a, "knowledge asset", id(), "author"));
    reviewedOn()
        .ifPresent(
            r ->
                checkArgument(
                    !r.isBefore(createdOn()),
                    "knowledge asset %s is reviewed (%s) before it is created (%s)",
                    id(),
                    r,
                    createdOn()));
    for (Publication p : publications()) {
      checkArgument(
          !p.publishedOn().isBefore(createdOn()),
          "knowledge asset %s is published on the %s (%s) before it is created (%s)",
          id(),
          p.channel().englishName(),
          p.publishedOn(),
          createdOn());
    }
  }
}
