package th.km.web.api;

import io.javalin.http.HandlerType;
import th.km.persistence.tables.TableFormat;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.national.NationalApi;
import th.km.web.national.NationalLookup;
import th.km.web.security.Access;

/**
 * The national API's routes under {@code /api/v1/national}: public, as the national and province
 * pages, and read from the stored roll-ups of {@code km evaluate --all --store}.
 */
final class NationalRoutes {

  private NationalRoutes() {}

  static void register(Routes r, NationalApi national) {
    String base = "/api/v1/national";
    String province = base + "/provinces/{" + NationalLookup.PROVINCE + "}";
    r.api(HandlerType.GET, base, Access.PUBLIC, national::nation,
        ApiOperation.read("getNationalResults", "The nation's indicators per status in the year's stored batch evaluation, and each province's.", "จำนวนตัวชี้วัดตามสถานะระดับประเทศจากผลการประเมินทั้งประเทศที่เก็บไว้ของปี และของแต่ละจังหวัด", "Rollup")
            .query("year", "sort", "order"));
    r.api(HandlerType.GET, province, Access.PUBLIC, national::province,
        ApiOperation.read("getProvinceResults", "A province's indicators per status in the year's stored batch evaluation, and each of its organizations'.", "จำนวนตัวชี้วัดตามสถานะของจังหวัด และของแต่ละองค์กรในจังหวัด จากผลการประเมินที่เก็บไว้ของปี", "Rollup")
            .query("year", "sort", "order"));
    r.api(HandlerType.GET, base + "/table", Access.PUBLIC, national::nationTable,
        ApiOperation.file("getNationalTable", "Every organization's indicators per status in the year's stored batch evaluation, as XLSX or CSV.", "จำนวนตัวชี้วัดตามสถานะของทุกองค์กร เป็นไฟล์ XLSX หรือ CSV",
                TableFormat.XLSX.mediaType(), "text/csv")
            .query("year", "format", "sort", "order"));
    r.api(HandlerType.GET, province + "/table", Access.PUBLIC, national::provinceTable,
        ApiOperation.file("getProvinceTable", "A province's organizations' indicators per status, as XLSX or CSV.", "จำนวนตัวชี้วัดตามสถานะขององค์กรในจังหวัด เป็นไฟล์ XLSX หรือ CSV",
                TableFormat.XLSX.mediaType(), "text/csv")
            .query("year", "format", "sort", "order"));
  }
}
