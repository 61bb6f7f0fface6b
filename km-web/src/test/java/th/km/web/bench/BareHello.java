package th.km.web.bench;

import io.javalin.Javalin;
import java.nio.file.Path;
import th.km.persistence.db.Database;
import th.km.persistence.db.DatabaseLocation;

/**
 * The baselines km's web server is measured against by {@code ./km-bench}: a bare Javalin
 * hello-world server of the same Javalin version, run with the same JVM flags. {@code BareHello
 * <port>} serves {@code /hello} at once; {@code BareHello <port> <data folder>} first opens (and
 * migrates) the embedded H2 database in that folder, as km's server does before it serves.
 */
public final class BareHello {

  private BareHello() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Database database =
        args.length > 1 ? Database.open(DatabaseLocation.embedded(Path.of(args[1]))) : null;
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.routes.get("/hello", ctx -> ctx.result("Hello, World!"));
            });
    if (database != null) {
      Runtime.getRuntime().addShutdownHook(new Thread(database::close));
    }
    app.start("127.0.0.1", port);
  }
}
