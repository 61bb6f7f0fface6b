package th.km.web.page;

/**
 * A link of the page header's navigation.
 *
 * @param href where it goes
 * @param label what it says, in the page's language
 * @param current whether it is the page being shown
 */
public record NavLink(String href, String label, boolean current) {}
