package th.km.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A KM tool the plan describes.
 *
 * @param kind what sort of tool it is
 * @param name the plan's name for it, verbatim
 * @param description the plan's description, verbatim
 */
public record KmTool(KmToolKind kind, String name, String description) {

  public KmTool {
    checkArgument(!name.isBlank(), "KM tool name must not be blank");
  }
}
