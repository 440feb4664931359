package org.csto.dectrack.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV answer read strictly: the UTF-8 byte order mark first, then RFC 4180 lines (each ended with CRLF), each field
 * bare or enclosed in quotes with its quotes doubled. Fails the test on anything else.
 */
public record CsvTable(String raw, List<String> header, List<List<String>> rows) {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** GET {@code path} as CSV with the reader's credentials, and the answer checked and read. */
    public static CsvTable get(RequestSpecification request, String path) {
        Response response = request.accept("text/csv").get(path);
        response.then().statusCode(200);
        return of(response.asByteArray());
    }

    public static CsvTable of(byte[] body) {
        assertTrue(body.length >= 3, "no byte order mark");
        assertArrayEquals(BOM, Arrays.copyOf(body, 3), "the body starts with the UTF-8 byte order mark");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> lines = parse(text);
        return new CsvTable(text, lines.get(0), lines.subList(1, lines.size()));
    }

    /** The cell of {@code column} in row {@code row} (from 0, after the header). */
    public String cell(int row, String column) {
        int index = header.indexOf(column);
        assertTrue(index >= 0, "no column " + column + " in " + header);
        return rows.get(row).get(index);
    }

    /** The cells of {@code column}, top to bottom. */
    public List<String> column(String column) {
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            cells.add(cell(row, column));
        }
        return cells;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    assertTrue(i < text.length(), "unterminated quoted field: " + field);
                    char c = text.charAt(i++);
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    assertTrue(text.charAt(i) != '"', "a quote in a bare field at " + i);
                    field.append(text.charAt(i++));
                }
            }
            line.add(field.toString());
            field.setLength(0);
            assertTrue(i < text.length(), "the last line is not ended with CRLF");
            if (text.charAt(i) == ',') {
                i++;
            } else {
                assertEquals("\r\n", text.substring(i, Math.min(i + 2, text.length())), "lines end with CRLF");
                i += 2;
                lines.add(line);
                line = new ArrayList<>();
            }
        }
        assertTrue(!lines.isEmpty(), "no header row");
        for (List<String> row : lines) {
            assertEquals(lines.get(0).size(), row.size(), "every row has as many cells as the header: " + row);
        }
        return lines;
    }
}
