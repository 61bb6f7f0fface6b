package th.km.web.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.km.core.account.Account;
import th.km.core.calendar.FiscalYear;
import th.km.core.plan.Organization;
import th.km.web.i18n.Dates;
import th.km.web.i18n.Language;
import th.km.web.i18n.Messages;

/**
 * What the layout of every page needs: the language and its messages, who is signed in, the CSRF
 * token for forms, the organization and year shown, and the navigation.
 *
 * @param language the page's language
 * @param messages every string of the interface
 * @param path the request's path, for the language switch
 * @param query the request's query string without its {@code lang} parameter, or empty
 * @param csrfToken the session's CSRF token, empty on pages without forms for anonymous visitors
 * @param account who is signed in
 * @param organization the organization whose plan is shown
 * @param fiscalYear the fiscal year shown
 * @param title the page title, in the page's language
 * @param nav the navigation links
 * @param notice a message about what was just done, such as a record saved; empty for none
 */
public record Page(
    Language language,
    Messages messages,
    String path,
    String query,
    String csrfToken,
    Optional<Account> account,
    Optional<Organization> organization,
    Optional<FiscalYear> fiscalYear,
    String title,
    List<NavLink> nav,
    String notice) {

  /** The message of the key in the page's language. */
  public String t(String key, Object... args) {
    return messages.get(language, key, args);
  }

  /** The Thai or the English name of something, as the page's language asks. */
  public String pick(String thai, String english) {
    return language == Language.TH ? thai : english;
  }

  /**
   * km's own Thai or English name or sentence, as the page's language asks, the Thai one without an
   * English gloss and with Arabic digits ({@link PageText#plain}).
   */
  public String pickPlain(String thai, String english) {
    return language == Language.TH ? PageText.plain(thai) : english;
  }

  /** A date in the Buddhist era in the page's language. */
  public String date(LocalDate date) {
    return Dates.format(date, language);
  }

  /** The link that shows this page in the other language. */
  public String languageSwitchHref() {
    return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language.other().tag();
  }

  /** The organization's name as the header shows it. */
  public String organizationName() {
    return organization
        .map(o -> language == Language.EN && o.englishName().isPresent() ? o.englishName().get() : o.fullName())
        .orElse("");
  }

  /** "ปีงบประมาณ พ.ศ. 2569" or "fiscal year B.E. 2569", or empty. */
  public String fiscalYearLabel() {
    return fiscalYear.map(y -> Dates.fiscalYear(y, language)).orElse("");
  }

  /** The signed-in account's role in the page's language. */
  public String roleName() {
    return account
        .map(a -> language == Language.TH ? a.role().thaiName() : a.role().englishName())
        .orElse("");
  }

  /** The same page with another title and navigation. */
  public Page with(String newTitle, List<NavLink> newNav) {
    return new Page(
        language, messages, path, query, csrfToken, account, organization, fiscalYear, newTitle, newNav, notice);
  }
}
