package th.km.core.reading;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The title and Markdown body a new knowledge asset starts with, before anyone edits it.
 *
 * @param title the asset's first title
 * @param body its first text, in Markdown
 */
public record StartingText(String title, String body) {

  public StartingText {
    checkArgument(!title.isBlank(), "a starting text needs a title");
  }
}
