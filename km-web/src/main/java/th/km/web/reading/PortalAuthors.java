package th.km.web.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.km.core.knowledge.KnowledgeContent;
import th.km.core.plan.Division;
import th.km.core.plan.KmPlan;
import th.km.core.plan.OrganizationCode;
import th.km.core.reading.AssetRef;
import th.km.core.records.KnowledgeAsset;
import th.km.core.records.StaffMember;
import th.km.core.records.YearRecords;
import th.km.web.DashboardSource;
import th.km.web.YearData;
import th.km.web.page.Page;

/**
 * Who made an asset, as the public portal may say it ("ผู้จัดทำ"): the authors' names and
 * positions where the organization allows it, else only the owning division (งาน/กอง), else the
 * organization. Nothing else about a person reaches the portal.
 */
public final class PortalAuthors {

  private final DashboardSource years;

  public PortalAuthors(DashboardSource years) {
    this.years = years;
  }

  /** The "made by" line of the asset. */
  public String madeBy(
      KmPlan plan, OrganizationCode org, AssetRef asset, KnowledgeContent content, boolean showAuthors, Page page) {
    if (showAuthors) {
      Optional<YearRecords> records = years.year(org, asset.year()).map(YearData::records);
      List<String> names = new ArrayList<>();
      Optional<KnowledgeAsset> record = records.flatMap(r -> r.knowledgeAsset(asset.assetId()));
      for (String author : record.map(KnowledgeAsset::authorIds).orElse(List.of())) {
        records
            .flatMap(r -> r.staffMember(author))
            .map(PortalAuthors::nameAndPosition)
            .ifPresent(names::add);
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return content
        .division()
        .flatMap(plan::division)
        .map(Division::name)
        .orElse(page.organizationName());
  }

  private static String nameAndPosition(StaffMember s) {
    return s.position().map(p -> s.name() + " (" + p + ")").orElse(s.name());
  }
}
