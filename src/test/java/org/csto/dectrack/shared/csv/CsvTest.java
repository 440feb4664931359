package org.csto.dectrack.shared.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CSV rules: RFC 4180 quoting, the formula-injection guard on text cells only, the byte order mark, CRLF. */
class CsvTest {
    private record Row(String title, long daysLate, List<String> tags) {
    }

    @Test
    void fieldsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        assertEquals("plain text", Csv.text("plain text"));
        assertEquals("Решение о границе", Csv.text("Решение о границе"));
        assertEquals("\"a,b\"", Csv.text("a,b"));
        assertEquals("\"Договор \"\"Щит\"\"\"", Csv.text("Договор \"Щит\""));
        assertEquals("\"\"\"\"", Csv.text("\""));
        assertEquals("\"line\nbreak\"", Csv.text("line\nbreak"));
        assertEquals("\"line\r\nbreak\"", Csv.text("line\r\nbreak"));
        assertEquals("semi;colon", Csv.text("semi;colon"));
        assertEquals("", Csv.text(""));
        assertEquals("", Csv.text(null));
    }

    @Test
    void textStartingLikeAFormulaIsPrefixedWithAQuote() {
        assertEquals("'=1+1", Csv.text("=1+1"));
        assertEquals("'+7 495 000 00 00", Csv.text("+7 495 000 00 00"));
        assertEquals("'-3", Csv.text("-3"));
        assertEquals("'@SUM(A1:A2)", Csv.text("@SUM(A1:A2)"));
        assertEquals("'\tx", Csv.text("\tx"));
        assertEquals("\"'\rx\"", Csv.text("\rx"));
        assertEquals("'\0x", Csv.text("\0x"));
        assertEquals("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"клик\"\")\"",
                Csv.text("=HYPERLINK(\"http://example.org\",\"клик\")"));
        assertEquals("a=b", Csv.text("a=b"));
        assertEquals(" =1", Csv.text(" =1"));
        assertEquals("'already quoted", Csv.text("'already quoted"));
    }

    @Test
    void valuesAreWrittenAsTheyAreSoNegativeNumbersStayNumbers() {
        assertEquals("-3", Csv.value(-3));
        assertEquals("-3", Csv.value(-3L));
        assertEquals("-0.5", Csv.value(-0.5));
        assertEquals("35.5", Csv.value(35.5));
        assertEquals("\"1,5\"", Csv.value("1,5"));
        assertEquals("12345678901234567890", Csv.value(new BigDecimal("12345678901234567890")));
        assertEquals("true", Csv.value(true));
        assertEquals("2024-11-28", Csv.value(LocalDate.of(2024, 11, 28)));
        assertEquals("2024-11-28T09:30:00Z", Csv.value(Instant.parse("2024-11-28T09:30:00Z")));
        assertEquals("0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01", Csv.value(UUID.fromString("0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01")));
        assertEquals("", Csv.value(null));
    }

    @Test
    void listsAreOneTextCellJoinedWithSemicolons() {
        assertEquals("BY;KZ;RU", Csv.list(List.of("BY", "KZ", "RU")));
        assertEquals("\"a,b;c\"", Csv.list(List.of("a,b", "c")));
        assertEquals("'-x;y", Csv.list(List.of("-x", "y")));
        assertEquals("a;;b", Csv.list(Arrays.asList("a", null, "b")));
        assertEquals("", Csv.list(List.of()));
        assertEquals("", Csv.list(null));
    }

    @Test
    void linesEndWithCrLfAndTheFileStartsWithTheUtf8ByteOrderMark() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Csv.BOM);
        assertEquals("a,\"b,c\",\r\n", Csv.line(List.of("a", "\"b,c\"", "")));
        assertEquals("text/csv; charset=UTF-8", Csv.CONTENT_TYPE);
    }

    @Test
    void columnsWriteTheHeaderAndOneRowPerItem() {
        CsvColumns<Row> columns = CsvColumns.<Row>file("rows").text("title", Row::title).value("daysLate", Row::daysLate)
                .list("tags", Row::tags);
        assertEquals("rows.csv", columns.fileName());
        assertEquals("title,daysLate,tags\r\n", columns.header());
        assertEquals("'-3 days,-3,\"a,b;'=c\"\r\n", columns.row(new Row("-3 days", -3, List.of("a,b", "'=c"))));
        assertEquals("'=cmd,0,'=c;d\r\n", columns.row(new Row("=cmd", 0, List.of("=c", "d"))));
        assertEquals(",0,\r\n", columns.row(new Row(null, 0, null)));
    }
}
