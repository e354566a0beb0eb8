package org.ruralkg;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of the tab-separated files ruralkg ships (lexicons, gazetteer, gold annotations), on commons-csv:
 * tabs only, no quoting (names may hold quote marks), blank lines skipped, lines starting with # are comments.
 *
 * <pre>{@code for (Map<String, String> row : Tsv.rows(reader, "programs.tsv")) { row.get("name"); }}</pre>
 */
public final class Tsv {
    /** Tab-separated, unquoted, '#' comments, blank lines skipped. */
    public static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter('\t').setQuote(null).setCommentMarker('#').setIgnoreEmptyLines(true)
            .setRecordSeparator('\n').get();

    private Tsv() {
    }

    /** A parser over {@code in}, record by record; the caller closes it. */
    public static CSVParser parser(Reader in) {
        try {
            return CSVParser.builder().setReader(in).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows keyed by the first (header) line, values stripped, with the line each came from; {@code source} names
     * the file in error messages. Closes {@code in}.
     */
    public static List<Row> rows(Reader in, String source) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser p = parser(in)) {
            List<String> header = null;
            for (CSVRecord r : p) {
                if (header == null) {
                    header = r.stream().map(String::strip).toList();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    row.put(header.get(i), r.get(i).strip());
                }
                rows.add(new Row(row, p.getCurrentLineNumber()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RuralKgException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** One row: column name to stripped value, and its 1-based line. */
    public record Row(Map<String, String> values, long line) {
        public String get(String column) {
            return values.get(column);
        }
    }
}
