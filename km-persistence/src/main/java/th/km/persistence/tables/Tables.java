package th.km.persistence.tables;

/**
 * Builds any of the tables of a year by its name: the one place that says which rows and cells
 * each table has, used by {@code km export-table} and by the web's download route alike.
 */
public final class Tables {

  private Tables() {}

  /** The table of the year as of its day. */
  public static Table build(TableName name, YearInput year) {
    return switch (name) {
      case RESULTS -> ResultsTable.of(year);
      case TRAININGS -> TrainingsTable.of(year);
      case ASSETS -> AssetsTable.of(year);
      case FINDINGS -> FindingsTable.of(year.plan());
      case FORM1 -> Form1Table.of(year.plan());
      case ACTION_PLAN -> ActionPlanTable.of(year.plan());
    };
  }
}
