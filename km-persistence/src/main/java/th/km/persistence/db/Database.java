package th.km.persistence.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultTransactionListenerProvider;
import org.postgresql.ds.PGSimpleDataSource;
import th.km.core.account.AccountStore;
import th.km.core.audit.Actor;
import th.km.core.audit.AuditLog;
import th.km.core.calendar.FiscalYear;
import th.km.core.entry.RecordCommands;
import th.km.core.plan.OrganizationCode;
import th.km.core.rollup.StoredResults;
import th.km.core.reading.KnowledgeLinks;
import th.km.core.reading.PortalSettings;
import th.km.core.reading.ReadingDuties;
import th.km.core.reading.ReadingLog;
import th.km.core.store.PlanStore;
import th.km.core.store.RecordStore;
import th.km.persistence.PersistenceException;
import th.km.persistence.knowledge.KnowledgeStore;

/**
 * An open, migrated km database: H2 or PostgreSQL. Opening it brings its schema to the latest
 * version of the Flyway migrations in {@code db/migration}; the stores it hands out work on it.
 *
 * <p>Close it when done: the embedded H2 file is released then.
 */
public final class Database implements AutoCloseable {

  /**
   * Flyway logs through java.util.logging when no other logging library is present, at INFO, in the
   * JVM's language, on every start; and it warns on each that H2 2.4 is newer than the H2 it was
   * verified with (the migration tests verify it here). Its failures reach the caller as a {@link
   * PersistenceException}, so on km's stderr only its severe messages are kept. Held in a field
   * because java.util.logging forgets the level of a logger nobody holds.
   */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  /**
   * jOOQ logs through java.util.logging too, at INFO, that the engine's version suits its dialect,
   * on the first query of every process: noise on a command's stderr. Its warnings stay.
   */
  private static final Logger JOOQ_LOG = Logger.getLogger("org.jooq");

  static {
    FLYWAY_LOG.setLevel(Level.SEVERE);
    JOOQ_LOG.setLevel(Level.WARNING);
    // jOOQ prints a banner and tips on first use; km's stderr is for its own diagnostics.
    if (System.getProperty("org.jooq.no-logo") == null) {
      System.setProperty("org.jooq.no-logo", "true");
    }
    if (System.getProperty("org.jooq.no-tips") == null) {
      System.setProperty("org.jooq.no-tips", "true");
    }
  }

  private final DatabaseLocation location;
  private final DataSource dataSource;
  private final Runnable release;
  private final DSLContext dsl;
  private final List<String> appliedMigrations;
  private final WriteCounter writes;
  /** The bulk imports handed out, whose kept connections {@link #close()} gives back. */
  private final List<BulkImport> bulkImports = new CopyOnWriteArrayList<>();

  private Database(
      DatabaseLocation location,
      DataSource dataSource,
      Runnable release,
      List<String> appliedMigrations) {
    this.location = location;
    this.dataSource = dataSource;
    this.release = release;
    this.appliedMigrations = appliedMigrations;
    this.writes =
        new WriteCounter(
            dataSource instanceof BoundedPool pool ? pool::checkpoint : () -> {});
    // Names go unquoted, as the migrations create them, so that each engine folds them its way.
    Settings settings =
        new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderSchema(false);
    this.dsl =
        DSL.using(
            new DefaultConfiguration()
                .set(dataSource)
                .set(location.engine().dialect())
                .set(settings)
                .set(new DefaultExecuteListenerProvider(writes.executeListener()))
                .set(new DefaultTransactionListenerProvider(writes.transactionListener())));
  }

  /**
   * Opens the database that the command line ({@code --db}), the system properties or the
   * environment name, else the default H2 file, and migrates it. See {@link DatabaseLocation}.
   */
  public static Database open(Optional<String> jdbcUrl) {
    return open(DatabaseLocation.fromEnvironment(jdbcUrl));
  }

  /**
   * Opens the database at the location and migrates it to the latest schema version; an H2
   * database's pool is as the environment sets it ({@link PoolSettings#fromEnvironment}).
   */
  public static Database open(DatabaseLocation location) {
    return open(location, PoolSettings.fromEnvironment());
  }

  /**
   * As {@link #open(DatabaseLocation)}, with an H2 database's connections pooled as {@code pool}
   * says: a use of the database that waits longer than its bound for a free connection fails with
   * {@link DatabaseBusy} as its cause.
   */
  public static Database open(DatabaseLocation location, PoolSettings pool) {
    location.dataFolder().ifPresent(Database::createFolder);
    Connected connected = MigrationBackup.connect(location, () -> connect(location, pool));
    try {
      List<String> applied = MigrationBackup.migrate(connected.unpooled(), location);
      return new Database(location, connected.dataSource(), connected.release(), applied);
    } catch (RuntimeException e) {
      connected.release().run();
      throw e;
    }
  }

  /**
   * Opens the database at the location for a command that only reads it (an evaluation): its
   * schema is migrated only when it is behind, and on H2 the file is not compacted, neither in the
   * background nor on close, which a read would otherwise pay for after a large import.
   */
  public static Database openForReading(DatabaseLocation location) {
    location.dataFolder().ifPresent(Database::createFolder);
    Connected connected = MigrationBackup.connect(location, () -> connect(location.forReading()));
    try {
      List<String> applied =
          Migrations.upToDate(connected.dataSource())
              .orElseGet(() -> MigrationBackup.migrate(connected.unpooled(), location));
      return new Database(location, connected.dataSource(), connected.release(), applied);
    } catch (RuntimeException e) {
      connected.release().run();
      throw e;
    }
  }

  /** Where this database is. */
  public DatabaseLocation location() {
    return location;
  }

  /**
   * The versions of the migrations the schema history lists as applied, oldest first, such as
   * {@code ["1", "2"]}.
   */
  public List<String> appliedMigrations() {
    return appliedMigrations;
  }

  /**
   * A plan store on this database for writes no person asked for (a batch import): the audit log
   * names km itself ({@link Actor#SYSTEM}). {@code clock} stamps when versions are saved and
   * approved.
   */
  public PlanStore planStore(Clock clock) {
    return planStore(clock, Actor.SYSTEM);
  }

  /**
   * A plan store on this database that writes as {@code actor}: the audit log names them beside
   * every change. {@code clock} stamps the versions and the log. Cheap to make: a web server makes
   * one per request.
   */
  public PlanStore planStore(Clock clock, Actor actor) {
    return new JooqPlanStore(dsl, clock, actor);
  }

  /**
   * The data-entry writes to the records of the year on this database (see {@link RecordCommands});
   * {@code clock} stamps their audit entries.
   */
  public RecordCommands recordCommands(Clock clock) {
    return new JooqRecordCommands(dsl, clock);
  }

  /**
   * The knowledge base on this database: contents in versions, attachments, the workflow. Its
   * writes keep each asset's record of the year in line through the same path as {@link
   * #recordCommands}; {@code clock} stamps them. Make one per server: its listeners live on it.
   */
  public KnowledgeStore knowledgeStore(Clock clock) {
    return new KnowledgeStore(dsl, clock, tx -> new JooqRecordCommands(tx, clock));
  }

  /** The audit log of this database. */
  public AuditLog auditLog() {
    return new JooqAuditLog(dsl);
  }

  /**
   * A record store on this database: the records of the year of every organization. Its imports
   * are logged as made by km itself ({@link Actor#SYSTEM}) at the system clock's time.
   */
  public RecordStore recordStore() {
    return recordStore(Clock.systemUTC(), Actor.SYSTEM);
  }

  /** A record store whose imports the audit log names as made by {@code actor}, at {@code clock}. */
  public RecordStore recordStore(Clock clock, Actor actor) {
    return new JooqRecordStore(dsl, clock, actor);
  }

  /**
   * The bulk path into this database ({@code km db import --all}, {@code km generate --db}); plans
   * are saved as km itself, stamped by {@code clock}. It keeps one connection until it is closed,
   * or until this database is.
   */
  public BulkImport bulkImport(Clock clock) {
    BulkImport bulk = new BulkImport(dsl, location.engine(), clock);
    bulkImports.add(bulk);
    return bulk;
  }

  /**
   * The latest stored batch evaluation of each year and its roll-ups by province and for the
   * nation, as the national and province pages read them.
   */
  public StoredResults storedResults() {
    return new JooqStoredResults(dsl);
  }

  /**
   * Starts storing a batch evaluation of the year as of the day; see {@link EvaluationBatch}.
   * {@code clock} stamps when it started and when it was stored.
   */
  public EvaluationBatch startEvaluationBatch(FiscalYear year, LocalDate asOf, Clock clock) {
    return EvaluationBatch.start(dsl, clock, year, asOf);
  }

  /**
   * The latest plans of the year of the organizations, in their order, with their live records,
   * read ahead on threads and connections of their own while the caller evaluates them: what
   * {@code StoredYears.latest} gives for each, for a batch over many organizations. Close it.
   */
  public BatchYears batchYears(List<OrganizationCode> organizations, FiscalYear year) {
    return BatchYears.start(
        organizations,
        year,
        batchReaders(),
        this::batchPlans,
        () -> BatchRecordReads.open(dataSource, dsl));
  }

  /**
   * The batch's record readers: one per two processors (at N=100 a second reader on two took the
   * peak RSS from 340-390 MB to 410-540 MB), up to four, leaving two pooled connections free.
   */
  private int batchReaders() {
    int readers = Math.min(4, Runtime.getRuntime().availableProcessors() / 2);
    int pooled = dataSource instanceof BoundedPool pool ? pool.connections() - 2 : readers;
    return Math.max(1, Math.min(readers, pooled));
  }

  /** The batch's read of the latest plans, on a connection of its own. */
  BatchPlanReads batchPlans() {
    return BatchPlanReads.open(dataSource, dsl);
  }

  /** An account store on this database: the accounts of every organization. */
  public AccountStore accountStore() {
    return new JooqAccountStore(dsl, Clock.systemUTC());
  }

  /**
   * The reading log of this database: reads of knowledge assets, counted once per reader per day
   * as access events (see {@link ReadingLog}).
   */
  public ReadingLog readingLog() {
    return new JooqReadingLog(dsl);
  }

  /** Mandatory reading and acknowledgements on this database; {@code clock} stamps the audit log. */
  public ReadingDuties readingDuties(Clock clock) {
    return new JooqReadingDuties(dsl, clock);
  }

  /**
   * Where knowledge assets came from (training reports, plan activities) and what the public portal
   * shows; {@code clock} stamps the audit log.
   */
  public KnowledgeLinks knowledgeLinks(Clock clock) {
    return new JooqKnowledgeLinks(dsl, clock);
  }

  /** What each organization allows its public knowledge portal to show. */
  public PortalSettings portalSettings(Clock clock) {
    return new JooqKnowledgeLinks(dsl, clock);
  }

  /**
   * What counts every write made through this database's stores, for readers that cache: what they
   * read stays right while {@link WriteCounter#current} is unchanged.
   */
  public WriteCounter writes() {
    return writes;
  }

  DSLContext dsl() {
    return dsl;
  }

  @Override
  public void close() {
    bulkImports.forEach(BulkImport::close);
    release.run();
  }

  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new PersistenceException(
          "สร้างโฟลเดอร์ข้อมูล "
              + folder
              + " ไม่ได้ / cannot create the data folder "
              + folder
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * A data source on a database, what releases it, and the same database without the pool, for
   * Flyway: a migration takes more than one connection at once, which a pool of one could not give.
   */
  record Connected(DataSource dataSource, Runnable release, DataSource unpooled) {}

  /**
   * Connects to the database without migrating it, its pool as the environment sets it, and
   * checks that a connection can be made.
   */
  static Connected connect(DatabaseLocation location) {
    return connect(location, PoolSettings.fromEnvironment());
  }

  /** Connects to the database without migrating it, and checks that a connection can be made. */
  static Connected connect(DatabaseLocation location, PoolSettings poolSettings) {
    Connected connected =
        switch (location.engine()) {
          case H2 -> {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(location.jdbcUrl());
            location.user().ifPresent(h2::setUser);
            location.password().ifPresent(h2::setPassword);
            BoundedPool pool = new BoundedPool(h2, poolSettings);
            yield new Connected(pool, pool::dispose, h2);
          }
          case POSTGRESQL -> {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(location.jdbcUrl());
            location.user().ifPresent(pg::setUser);
            location.password().ifPresent(pg::setPassword);
            yield new Connected(pg, () -> {}, pg);
          }
        };
    try (Connection probe = connected.dataSource().getConnection()) {
      probe.isValid(5);
      H2FileSpace.appendOnly(probe);
    } catch (SQLException e) {
      connected.release().run();
      String where = location.toString();
      throw new PersistenceException(
          "เปิดฐานข้อมูล " + where + " ไม่ได้ / cannot open the database " + where + ": " + e.getMessage(),
          e);
    }
    return connected;
  }
}
