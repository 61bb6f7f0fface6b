package th.km.core.textimport;

import java.util.List;
import java.util.Optional;
import th.km.core.plan.Organization;
import th.km.core.plan.OrganizationCode;
import th.km.core.textimport.Region.Kind;

/**
 * Reads whose plan the document is and for which year: the organization with its district,
 * province and code, and the fiscal year, reporting where the document contradicts itself.
 */
final class OrganizationReader {

  private final List<SourceLine> lines;
  private final List<Region> regions;
  private final Issues issues;

  OrganizationReader(List<SourceLine> lines, List<Region> regions, Issues issues) {
    this.lines = lines;
    this.regions = regions;
    this.issues = issues;
  }

  Organization organization(DocumentReader.Named named, ImportOptions options) {
    Optional<DocumentReader.Found<String>> english = DocumentReader.englishName(lines);
    Organization.Builder org =
        Organization.builder()
            .type(named.type())
            .name(named.name())
            .englishName(english.map(DocumentReader.Found::value));
    List<DocumentReader.Found<DocumentReader.Place>> places =
        DocumentReader.districtsAndProvinces(lines);
    Optional<String> district = places.stream().map(f -> f.value().district()).findFirst();
    Optional<String> province =
        places.stream()
            .map(f -> f.value().province())
            .findFirst()
            .or(
                () ->
                    DocumentReader.provinces(lines).stream()
                        .map(DocumentReader.Found::value)
                        .findFirst());
    district.ifPresent(
        d ->
            places.stream()
                .filter(f -> !f.value().district().equals(d))
                .forEach(
                    f ->
                        differs(
                            f.line(), "อำเภอ" + f.value().district(), "อำเภอ" + d, "district")));
    province.ifPresent(
        p ->
            DocumentReader.provinces(lines).stream()
                .filter(f -> !f.value().equals(p))
                .forEach(f -> differs(f.line(), "จังหวัด" + f.value(), "จังหวัด" + p, "province")));
    org.district(district).province(province);

    org.code(code(named, english, options));
    return org.build();
  }

  private void differs(int line, String written, String first, String what) {
    issues.warning(
        line,
        written,
        "เอกสารเขียน " + written + " ต่างจากที่อื่นซึ่งเขียน " + first,
        "the document names " + what + " " + written + " here but " + first + " elsewhere");
  }

  /**
   * The fiscal year: from the announcement's subject, else the cover's title, else the first line
   * that names one. When subject and title disagree, the announcement wins and it is reported.
   */
  Optional<Integer> fiscalYear() {
    Optional<DocumentReader.Found<Integer>> fromAnnouncement = Optional.empty();
    Optional<DocumentReader.Found<Integer>> fromCover = Optional.empty();
    for (Region r : regions) {
      if (r.kind() == Kind.ANNOUNCEMENT && fromAnnouncement.isEmpty()) {
        fromAnnouncement =
            yearIn(r.filled().stream().filter(l -> l.content().startsWith("เรื่อง")).toList());
      }
      if (r.kind() == Kind.COVER && fromCover.isEmpty()) {
        fromCover = yearIn(r.heading().stream().toList());
      }
    }
    if (fromAnnouncement.isPresent()
        && fromCover.isPresent()
        && !fromAnnouncement.get().value().equals(fromCover.get().value())) {
      issues.warning(
          fromCover.get().line(),
          lines.get(fromCover.get().line() - 1).content(),
          "ปีงบประมาณบนปก ("
              + fromCover.get().value()
              + ") ต่างจากในประกาศ ("
              + fromAnnouncement.get().value()
              + ") ใช้ปีในประกาศ",
          "the cover's fiscal year ("
              + fromCover.get().value()
              + ") differs from the"
              + " announcement's ("
              + fromAnnouncement.get().value()
              + "); the announcement's is used");
    }
    Optional<DocumentReader.Found<Integer>> cover = fromCover;
    return fromAnnouncement
        .or(() -> cover)
        .or(() -> yearIn(lines))
        .map(DocumentReader.Found::value);
  }

  private static Optional<DocumentReader.Found<Integer>> yearIn(List<SourceLine> candidates) {
    for (SourceLine l : candidates) {
      Optional<Integer> y = DocumentReader.fiscalYearIn(l.content());
      if (y.isPresent()) {
        return Optional.of(new DocumentReader.Found<>(y.get(), l.number()));
      }
    }
    return Optional.empty();
  }

  /**
   * The code: the one given, else made of the English name, else romanized from the Thai name by
   * RTGS ("หนองบัว" gives "nong-bua"), which is reported so that the reader can check it.
   */
  private OrganizationCode code(
      DocumentReader.Named named,
      Optional<DocumentReader.Found<String>> english,
      ImportOptions options) {
    if (options.organizationCode().isPresent()) {
      return options.organizationCode().get();
    }
    Optional<String> fromEnglish =
        english.flatMap(e -> DocumentReader.codeFromEnglishName(e.value()));
    if (fromEnglish.isPresent()) {
      return OrganizationCode.of(fromEnglish.get());
    }
    Optional<String> romanized = RtgsRomanizer.code(named.name());
    if (romanized.isPresent()) {
      issues.info(
          named.line(),
          named.type().thaiName() + named.name(),
          "เอกสารไม่มีชื่อภาษาอังกฤษ จึงใช้รหัสองค์กร \""
              + romanized.get()
              + "\" ที่ถอดจากชื่อภาษาไทยตามหลักการถอดอักษรไทยเป็นอักษรโรมันของราชบัณฑิตยสถาน"
              + " (RTGS) ระบุรหัสเองได้ด้วย --code",
          "the document gives no English name; the organization's code \""
              + romanized.get()
              + "\" was romanized from the Thai name by the Royal Thai General System (RTGS);"
              + " give --code to choose another");
      return OrganizationCode.of(romanized.get());
    }
    issues.warning(
        named.line(),
        named.type().thaiName() + named.name(),
        "ชื่อองค์กรถอดเป็นอักษรโรมันไม่ได้ จึงใช้รหัส \"org\" โปรดระบุรหัสเอง",
        "the organization's name cannot be romanized; \"org\" is used, please give a code");
    return OrganizationCode.of("org");
  }
}
