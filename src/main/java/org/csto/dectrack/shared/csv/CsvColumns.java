package org.csto.dectrack.shared.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The CSV form of a list's items: a file name and, per column, the JSON property it shows and how to write it. A view
 * offers CSV by declaring its columns as {@code public static final CsvColumns<View> CSV}; {@link CsvPageWriter}
 * finds them there. Text cells are guarded against formula injection ({@link Csv#text}); values (numbers, dates,
 * codes) are written as they are.
 *
 * @param <T> the view of one item
 */
public final class CsvColumns<T> {
    private record Column<T>(String header, Function<T, String> cell) {
    }

    private final String fileName;
    private final List<Column<T>> columns;

    private CsvColumns(String fileName, List<Column<T>> columns) {
        this.fileName = fileName;
        this.columns = List.copyOf(columns);
    }

    /** No columns yet; {@code name} names the download, {@code documents} → {@code documents.csv}. */
    public static <T> CsvColumns<T> file(String name) {
        return new CsvColumns<>(name + ".csv", List.of());
    }

    /** A column of free text. */
    public CsvColumns<T> text(String header, Function<T, String> text) {
        return with(header, item -> Csv.text(text.apply(item)));
    }

    /** A column of values that are not free text: numbers, booleans, dates, instants, enums, ids. */
    public CsvColumns<T> value(String header, Function<T, ?> value) {
        return with(header, item -> Csv.value(value.apply(item)));
    }

    /** A column of a list, its items joined with {@value Csv#LIST_SEPARATOR}. */
    public CsvColumns<T> list(String header, Function<T, ? extends Collection<?>> items) {
        return with(header, item -> Csv.list(items.apply(item)));
    }

    public String fileName() {
        return fileName;
    }

    /** The header row. */
    public String header() {
        return Csv.line(columns.stream().map(c -> Csv.text(c.header())).toList());
    }

    /** The row of one item. */
    public String row(T item) {
        return Csv.line(columns.stream().map(c -> c.cell().apply(item)).toList());
    }

    private CsvColumns<T> with(String header, Function<T, String> cell) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(header, cell));
        return new CsvColumns<>(fileName, more);
    }
}
