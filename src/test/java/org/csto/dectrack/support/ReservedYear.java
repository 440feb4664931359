package org.csto.dectrack.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which test class owns which year. A test that filters, counts or sums by year works in a year it owns here, so no
 * other test's rows can land in its figures; two constants can never share a year (checked when the enum loads).
 *
 * <p>Other years: the demo data's (2019-2025) are read by tests, never written, but for one PLANNED session that
 * SessionResourceTest deletes again; SCRATCH takes rows that tests reach only by id, unique tag or unique word; the
 * current year takes rows dated relative to {@link TestClock#today()}, and no test asserts its summing-up. Measures due
 * before 2026 are created only in SUMMING_UP and ANNUAL_REPORT, which closes its own by reports dated the year after, so
 * SummingUpResourceTest knows every open overdue measure of the past.
 */
public enum ReservedYear {
    /** Anyone's, for rows found by id, tag or word; no test may filter, count or sum by this year. */
    SCRATCH(1950, "any class"),
    SESSION_LIST(1901, "SessionResourceTest"),
    SESSION_LIST_BUDGET(1902, "SqlBudgetResourceTest"),
    SESSION_CSV(1903, "SessionCsvResourceTest"),
    RESCHEDULED_FROM(1963, "DocumentResourceTest"),
    RESCHEDULED_TO(1964, "DocumentResourceTest"),
    GENERATED_CLIENT(1971, "GeneratedClientTest"),
    ACTIVITY_LIST(1904, "ActivityResourceTest"),
    /** The year before ANNUAL_REPORT, which its report compares with. */
    BEFORE_ANNUAL_REPORT(1992, "AnnualReportResourceTest"),
    ANNUAL_REPORT(1993, "AnnualReportResourceTest"),
    /** The year after ANNUAL_REPORT, whose reports close the measures left open at its end. */
    AFTER_ANNUAL_REPORT(1994, "AnnualReportResourceTest"),
    SUMMING_UP(1995, "SummingUpResourceTest"),
    /** The year after SUMMING_UP, for its rows that must fall just outside it. */
    AFTER_SUMMING_UP(1996, "SummingUpResourceTest"),
    AS_OF(1997, "AsOfResourceTest"),
    VISIBILITY(1998, "VisibilityResourceTest"),
    CHAIRMANSHIP(2150, "ReferenceResourceTest"),
    MERGE_PATCH(2160, "MergePatchResourceTest"),
    /** A year with no chairmanship, ever: the access matrix's calls on it must all fail, whoever makes them. */
    ACCESS_MATRIX(2190, "AccessMatrixResourceTest");

    private final int year;
    private final String owner;

    ReservedYear(int year, String owner) {
        this.year = year;
        this.owner = owner;
    }

    static {
        Map<Integer, ReservedYear> seen = new HashMap<>();
        for (ReservedYear reserved : values()) {
            ReservedYear before = seen.put(reserved.year, reserved);
            if (before != null) {
                throw new IllegalStateException(reserved + " (" + reserved.owner + ") and " + before + " (" + before.owner
                        + ") both reserve " + reserved.year);
            }
        }
    }

    public int year() {
        return year;
    }

    public LocalDate on(int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
