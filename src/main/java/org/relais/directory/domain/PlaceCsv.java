package org.relais.directory.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.relais.platform.error.RuleViolation;

/**
 * Reads and writes places as CSV in the national schema's form: a header row of column names, a
 * comma between cells, double quotes around cells that need them (RFC 4180). Characters are the
 * caller's business: it hands over a {@link Reader} or {@link Writer} in UTF-8.
 */
public final class PlaceCsv {

    /** The field of the errors that concern the file as a whole rather than a cell. */
    public static final String FILE_FIELD = "file";

    /**
     * RFC 4180, CRLF between records. Blank lines are read as records rather than skipped by the
     * parser, so that the line number of every later record stays exact; {@link #read} drops them,
     * as it drops rows of empty cells.
     */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** Spreadsheets put one at the start of a UTF-8 file; a decoder leaves it in the first cell. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private PlaceCsv() {}

    /**
     * Reads a file whose first row names the columns. Columns the schema does not define and
     * required columns the file lacks are reported in the result, not refused, so the caller can
     * explain them all at once.
     *
     * @throws RuleViolation {@code place.csv.malformed} with the line where the broken record
     *     starts (an unclosed quote, a row with more or fewer cells than the header), {@code
     *     place.csv.header-missing} for an empty file, {@code place.csv.duplicate-column} when the
     *     header names a column twice
     */
    public static CsvTable read(Reader reader) {
        List<String> header = null;
        List<CsvRow> rows = new ArrayList<>();
        try {
            // Not closed: the reader belongs to the caller, and the parser holds nothing else.
            CSVParser parser = FORMAT.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, line);
                if (record == null) {
                    break;
                }
                if (isEmpty(record)) {
                    continue;
                }
                if (header == null) {
                    header = header(record);
                } else if (record.size() != header.size()) {
                    throw malformed(line);
                } else {
                    rows.add(new CsvRow(line, cells(header, record)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw RuleViolation.of(FILE_FIELD, "place.csv.header-missing");
        }
        return table(header, rows);
    }

    /**
     * Writes a header row of {@code columns} then one row per map, in that column order; a column
     * missing from a map is written empty and keys that are not columns are left out.
     */
    public static void write(Writer writer, List<String> columns, List<Map<String, String>> rows)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(columns);
        for (Map<String, String> row : rows) {
            printer.printRecord(columns.stream().map(column -> row.getOrDefault(column, "")));
        }
        // Flush, not close: the writer belongs to the caller.
        printer.flush();
    }

    private static CSVRecord next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw malformed(line);
            }
            throw e;
        }
    }

    /** A blank line, or a row of empty cells as spreadsheets leave below the data. */
    private static boolean isEmpty(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : record) {
            String column = header.isEmpty() ? stripByteOrderMark(cell).strip() : cell.strip();
            if (!seen.add(column)) {
                throw RuleViolation.of(FILE_FIELD, "place.csv.duplicate-column", column);
            }
            header.add(column);
        }
        return header;
    }

    private static String stripByteOrderMark(String cell) {
        return cell.startsWith(BYTE_ORDER_MARK) ? cell.substring(1) : cell;
    }

    private static Map<String, String> cells(List<String> header, CSVRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return values;
    }

    private static CsvTable table(List<String> header, List<CsvRow> rows) {
        PlaceSchema schema = PlaceSchema.v1_0_2();
        List<String> unknown =
                header.stream().filter(column -> schema.field(column).isEmpty()).toList();
        List<String> missingRequired =
                schema.columns().stream()
                        .filter(column -> schema.field(column).orElseThrow().required())
                        .filter(column -> !header.contains(column))
                        .toList();
        return new CsvTable(header, rows, unknown, missingRequired);
    }

    private static RuleViolation malformed(long line) {
        return RuleViolation.of(FILE_FIELD, "place.csv.malformed", line);
    }
}
