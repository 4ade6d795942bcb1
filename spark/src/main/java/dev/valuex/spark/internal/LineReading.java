package dev.valuex.spark.internal;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.ImmutableList;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValuexException;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.interchange.ValuexJson;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Reads the lines of one input split of NDJSON: the ledgers of its good lines, the problems of
 * its bad ones, or just how many lines it holds. A line's number in its file is the count of
 * lines in the file's earlier splits plus its place in its own split, so bad lines are numbered
 * exactly without reading the file in one piece.
 */
public final class LineReading {
  private static final ValuexJson JSON = ValuexJson.create();

  private LineReading() {}

  /** The lines one split of a file holds, in the file's order of splits by start. */
  public record SplitCount(String file, long start, long lines) implements Serializable {}

  /** Reads a split's good lines as ledgers, lazily, skipping blank and bad lines. */
  public static final class Ledgers implements Function2<InputSplit,
      Iterator<Tuple2<LongWritable, Text>>, Iterator<Ledger>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Ledger> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
      return new AbstractIterator<Ledger>() {
        @Override
        protected @Nullable Ledger computeNext() {
          while (lines.hasNext()) {
            Object parsed = parse(lines.next()._2());
            if (parsed instanceof Ledger) {
              return (Ledger) parsed;
            }
          }
          return endOfData();
        }
      };
    }
  }

  /** Counts a split's lines. */
  public static final class Counts implements Function2<InputSplit,
      Iterator<Tuple2<LongWritable, Text>>, Iterator<SplitCount>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<SplitCount> call(InputSplit split,
        Iterator<Tuple2<LongWritable, Text>> lines) {
      long n = 0;
      while (lines.hasNext()) {
        lines.next();
        n++;
      }
      FileSplit f = (FileSplit) split;
      return List.of(new SplitCount(f.getPath().toString(), f.getStart(), n)).iterator();
    }
  }

  /**
   * Reads a split's bad lines as rows of file, line number and problems, lazily, given the
   * number of lines before each split of each file.
   */
  public static final class Rejects implements Function2<InputSplit,
      Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;

    private final Map<String, Long> linesBefore;

    /**
     * Creates the reader.
     *
     * @param linesBefore lines in a file before each split, keyed by {@link #key}, not null
     */
    public Rejects(Map<String, Long> linesBefore) {
      this.linesBefore = linesBefore;
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
      FileSplit f = (FileSplit) split;
      String file = f.getPath().toString();
      long first = linesBefore.getOrDefault(key(file, f.getStart()), 0L) + 1;
      return new AbstractIterator<Row>() {
        long line = first - 1;

        @Override
        protected @Nullable Row computeNext() {
          while (lines.hasNext()) {
            line++;
            Object parsed = parse(lines.next()._2());
            if (parsed instanceof List) {
              return RowFactory.create(file, line, ((List<?>) parsed).toArray(new String[0]));
            }
          }
          return endOfData();
        }
      };
    }
  }

  /**
   * Returns the key of one split in the lines-before map.
   *
   * @param file the file's path
   * @param start the split's first byte
   * @return the key, never null
   */
  public static String key(String file, long start) {
    return start + "@" + file;
  }

  /** Returns the ledger of a line, its problems as a list of strings, or null for blank. */
  private static @Nullable Object parse(Text line) {
    String text;
    try {
      text = Text.decode(line.getBytes(), 0, line.getLength(), false);
    } catch (CharacterCodingException e) {
      return ImmutableList.of("line is not UTF-8: " + e.getMessage());
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      return JSON.readLedger(text);
    } catch (ValuexFormatException e) {
      return e.problems();
    } catch (ValuexException e) {
      // A reader reports format problems; anything else the model rejects is kept the same way.
      return ImmutableList.of(e.getMessage());
    }
  }
}
