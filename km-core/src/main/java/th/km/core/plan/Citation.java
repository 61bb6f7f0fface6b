package th.km.core.plan;

/**
 * A law or regulation the plan cites with its year, kept so that a checker can see when the same
 * reference is cited with different years.
 *
 * @param title the reference without its year ("พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี")
 * @param yearText the year as written ("พ.ศ. ๒๕๕๖")
 * @param buddhistYear the year read as a B.E. number
 * @param location where
 */
public record Citation(String title, String yearText, int buddhistYear, SourceLocation location) {}
