package th.km.core.plan;

/**
 * A place where the plan names its own organization, kept so that a checker can see when the name
 * is spelled differently in different places.
 *
 * @param text the name as written there ("เทศบาลตำบลบ้านหวาน", "BAAN WAN SUBDISTRICT MUNICIPALITY")
 * @param location where
 */
public record NameMention(String text, SourceLocation location) {}
