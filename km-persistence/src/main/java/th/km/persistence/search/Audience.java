package th.km.persistence.search;

/**
 * Who is searching, which decides which version of an asset they may find: the public portal
 * finds published versions only, a signed-in reader the latest approved or published version, an
 * account that may edit the knowledge base the latest version whatever its status (drafts too).
 */
public enum Audience {
  PUBLIC,
  READER,
  EDITOR
}
