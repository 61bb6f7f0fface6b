package th.km.web.documents;

import io.javalin.http.HandlerType;
import th.km.web.api.OpenApiDocument;
import th.km.web.http.ApiOperation;
import th.km.web.http.Routes;
import th.km.web.security.Access;
import th.km.web.security.AccessGuard;

/**
 * The routes of the documents: the plan under the organization's API, with the roles of the plan
 * pages, and the published plan's PDF beside the public page.
 */
public final class DocumentRoutes {

  private DocumentRoutes() {}

  public static void register(Routes r, DocumentApi documents) {
    String org = "{" + AccessGuard.ORGANIZATION + "}";
    r.api(
        HandlerType.GET,
        "/api/v1/organizations/" + org + "/documents/plan",
        Access.SIGNED_IN,
        documents::plan,
        ApiOperation.read(
                "getPlanDocument",
                "The KM plan as the document the mayor signs: PDF, DOCX or HTML.",
                "เอกสารแผนการจัดการความรู้สำหรับลงนามและเผยแพร่ เป็น PDF DOCX หรือ HTML",
                OpenApiDocument.DOCUMENT)
            .query("year", "format"));
    r.get(
        "/public/" + org + "/{" + DocumentApi.YEAR + "}/plan.pdf",
        Access.PUBLIC,
        documents::publishedPlan);
  }
}
