package dev.valuex.spark;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.ValueElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Ledgers as a flat table for SQL users, one row per entry, writable as Parquet so analysts can
 * query ledgers from Spark SQL, DuckDB or a warehouse. The columns, in order:
 *
 * <table>
 *   <caption>Columns of the entry table</caption>
 *   <tr><th>column</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code ledger_id}</td><td>string</td><td>the ledger's id</td></tr>
 *   <tr><td>{@code subject}</td><td>string</td><td>the subject's label</td></tr>
 *   <tr><td>{@code segments}</td><td>array&lt;string&gt;</td><td>the subject's segment tags,
 *       sorted; empty for none</td></tr>
 *   <tr><td>{@code view}</td><td>string</td><td>{@code current} or {@code desired}</td></tr>
 *   <tr><td>{@code as_of}</td><td>date</td><td>the ledger's as-of date</td></tr>
 *   <tr><td>{@code element}</td><td>string</td><td>the element id, e.g. {@code
 *       customer.savings}</td></tr>
 *   <tr><td>{@code card}</td><td>string, nullable</td><td>the element's card name in the
 *       default catalog, e.g. {@code SAVINGS}; null for an element the catalog does not hold
 *       (a team's blank card)</td></tr>
 *   <tr><td>{@code side}</td><td>string</td><td>{@code in} or {@code out}</td></tr>
 *   <tr><td>{@code importance}</td><td>int, nullable</td><td>1 to 5; null when not
 *       weighed</td></tr>
 *   <tr><td>{@code evidence_count}</td><td>int</td><td>how many pieces of evidence back the
 *       entry</td></tr>
 * </table>
 *
 * <p>A ledger without entries has no rows. The table keeps what pattern queries need; the
 * ledgers themselves (evidence texts, pairings, judgements) stay in their NDJSON.
 */
public final class EntryTable {
  /** The table's columns; see the class description. */
  public static final StructType SCHEMA = new StructType()
      .add("ledger_id", DataTypes.StringType, false)
      .add("subject", DataTypes.StringType, false)
      .add("segments", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("view", DataTypes.StringType, false)
      .add("as_of", DataTypes.DateType, false)
      .add("element", DataTypes.StringType, false)
      .add("card", DataTypes.StringType, true)
      .add("side", DataTypes.StringType, false)
      .add("importance", DataTypes.IntegerType, true)
      .add("evidence_count", DataTypes.IntegerType, false);

  private EntryTable() {}

  /**
   * Flattens ledgers into the entry table.
   *
   * @param ledgers the ledgers, not null
   * @return one row per entry, with {@link #SCHEMA}, never null
   */
  public static Dataset<Row> of(Dataset<Ledger> ledgers) {
    // A date column's external type is java.time.LocalDate only with the Java 8 time API on.
    boolean localDates = Boolean.parseBoolean(ledgers.sparkSession().conf()
        .get("spark.sql.datetime.java8API.enabled", "false"));
    return ledgers.flatMap(new ToRows(localDates), Encoders.row(SCHEMA));
  }

  /** Returns the rows of one ledger as {@link #of(Dataset)} writes them, dates as LocalDate. */
  static List<Row> rows(Ledger ledger) {
    return ToRows.rows(ledger, true);
  }

  /** Flattens one ledger; the default catalog is loaded once per executor. */
  private static final class ToRows implements FlatMapFunction<Ledger, Row> {
    private static final long serialVersionUID = 1L;

    private final boolean localDates;

    ToRows(boolean localDates) {
      this.localDates = localDates;
    }

    @Override
    public Iterator<Row> call(Ledger ledger) {
      return rows(ledger, localDates).iterator();
    }

    static List<Row> rows(Ledger ledger, boolean localDates) {
      Catalog catalog = DefaultCatalog.INSTANCE;
      String[] segments = ledger.subject().segments().stream().sorted().toArray(String[]::new);
      LocalDate asOf = ledger.asOf();
      Object date = localDates ? asOf : java.sql.Date.valueOf(asOf);
      List<Row> rows = new ArrayList<>(ledger.entries().size());
      for (LedgerEntry e : ledger.entries()) {
        rows.add(RowFactory.create(ledger.id().toString(), ledger.subject().label(), segments,
            ledger.view().name().toLowerCase(Locale.ROOT), date, e.element().toString(),
            catalog.element(e.element()).map(ValueElement::name).orElse(null),
            e.side().name().toLowerCase(Locale.ROOT),
            e.importance().isPresent() ? e.importance().getAsInt() : null,
            e.evidence().size()));
      }
      return rows;
    }
  }

  /** The default catalog, loaded on first use. */
  private static final class DefaultCatalog {
    static final Catalog INSTANCE = Catalog.defaults();
  }
}
