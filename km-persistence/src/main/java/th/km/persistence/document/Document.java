package th.km.persistence.document;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * A document to print: its title (for the file's metadata), the digits its page numbers and
 * contents use, and its sections in order. Renderers: {@link HtmlDocumentWriter}, {@link
 * DocxDocumentWriter} and {@link PdfDocuments}.
 */
public record Document(String title, Digits digits, List<DocSection> sections) {

  public Document {
    checkArgument(!title.isBlank(), "a document needs a title");
    sections = List.copyOf(sections);
    checkArgument(!sections.isEmpty(), "a document needs a section");
  }

  /** The headings the contents list names, in document order. */
  public List<DocBlock.Heading> listedHeadings() {
    List<DocBlock.Heading> headings = new ArrayList<>();
    for (DocSection s : sections) {
      for (DocBlock b : s.blocks()) {
        if (b instanceof DocBlock.Heading h && h.listed()) {
          headings.add(h);
        }
      }
    }
    return headings;
  }

  /** Whether the document has a contents list, which needs the pages of its headings. */
  public boolean hasContents() {
    return sections.stream()
        .flatMap(s -> s.blocks().stream())
        .anyMatch(b -> b instanceof DocBlock.Contents);
  }
}
