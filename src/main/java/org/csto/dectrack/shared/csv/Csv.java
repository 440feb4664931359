package org.csto.dectrack.shared.csv;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV rules, in one place: RFC 4180 fields and lines, UTF-8 with a byte order mark (so that spreadsheet programs
 * read Cyrillic right), and text cells neutralised against formula injection as OWASP advises.
 */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";
    /** The UTF-8 byte order mark, EF BB BF, written before the header row. */
    public static final byte[] BOM = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    /** RFC 4180 ends every line, the last one included, with CRLF. */
    public static final String LINE_END = "\r\n";
    /** What joins the items of a list in one cell. */
    public static final String LIST_SEPARATOR = ";";
    /** Spreadsheets read a cell starting with one of these as a formula (OWASP; NUL from ASVS 1.2.10). */
    private static final String FORMULA_STARTS = "=+-@\t\r\0";

    private Csv() {
    }

    /** A text cell: neutralised against formula injection, then quoted as needed. Null is an empty cell. */
    public static String text(String value) {
        return value == null ? "" : quote(neutralise(value));
    }

    /**
     * A cell for a value that is not free text (number, boolean, date, instant, code, id), written as is: a negative
     * number stays a number. Null is an empty cell.
     */
    public static String value(Object value) {
        return value == null ? "" : quote(value.toString());
    }

    /** The items of a list as one text cell, joined with {@value #LIST_SEPARATOR}. Null is an empty cell. */
    public static String list(Collection<?> items) {
        return items == null ? ""
                : text(items.stream().map(i -> i == null ? "" : i.toString()).collect(Collectors.joining(LIST_SEPARATOR)));
    }

    /** One line: the cells joined with commas, ended with CRLF. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + LINE_END;
    }

    /** A leading {@code '} makes a spreadsheet show a would-be formula as the text it is. */
    static String neutralise(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** RFC 4180: a field containing a comma, quote, CR or LF is enclosed in quotes, and its quotes are doubled. */
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
