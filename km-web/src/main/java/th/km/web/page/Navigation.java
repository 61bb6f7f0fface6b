package th.km.web.page;

import java.util.ArrayList;
import java.util.List;
import th.km.core.plan.KmPlan;
import th.km.web.security.Access;

/** The links of the page header for a plan, in the order people look for them. */
final class Navigation {

  /** A section of the dashboard: its path under the organization, its title key, who sees it. */
  private record Section(String path, String titleKey, Access access) {}

  private static final List<Section> SECTIONS =
      List.of(
          new Section("overview", "nav.overview", Access.SIGNED_IN),
          new Section("tasks", "nav.tasks", Access.SIGNED_IN),
          new Section("trainings", "nav.trainings", Access.SIGNED_IN),
          new Section("assets", "nav.assets", Access.SIGNED_IN),
          new Section("knowledge", "nav.knowledge", Access.SIGNED_IN),
          new Section("action-plan", "nav.actionPlan", Access.SIGNED_IN),
          new Section("committees", "nav.committees", Access.SIGNED_IN),
          new Section("knowledge-map", "nav.knowledgeMap", Access.SIGNED_IN),
          new Section("scopes", "nav.scopes", Access.SIGNED_IN),
          new Section("findings", "nav.findings", Access.SIGNED_IN),
          new Section("staff", "nav.staff", Access.READER),
          new Section("record", "nav.record", Access.SIGNED_IN),
          new Section("plan", "nav.plan", Access.SIGNED_IN),
          new Section("accounts", "nav.accounts", Access.SECRETARY));

  private Navigation() {}

  static List<NavLink> forPlan(Page page, KmPlan plan, String currentPath) {
    List<NavLink> links = new ArrayList<>();
    String base = "/organizations/" + plan.organization().code().value() + "/";
    String year = "?year=" + plan.fiscalYear().buddhistYear();
    for (Section s : SECTIONS) {
      if (s.access().allows(page.account())) {
        String path = base + s.path();
        links.add(new NavLink(path + year, page.t(s.titleKey()), path.equals(currentPath)));
      }
    }
    return links;
  }
}
