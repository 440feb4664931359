package org.csto.dectrack.shared.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemText;

/** Parses query and path parameters from text, so that a bad value is a 400 naming the parameter, never a 404 or 500. */
public final class RequestParameters {
    private RequestParameters() {
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        return (int) longInteger(name, value, defaultValue, min, max);
    }

    public static long longInteger(String name, String value, long defaultValue, long min, long max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.badParameter(name, "param.between", min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "param.integer");
        }
    }

    public static Integer optionalInteger(String name, String value, int min, int max) {
        return value == null || value.isBlank() ? null : integer(name, value, 0, min, max);
    }

    public static LocalDate date(String name, String value) {
        return parsed(name, value, LocalDate::parse, new ProblemText("param.date"));
    }

    /** An instant with its offset, such as {@code 2026-11-29T10:00:00Z} or {@code 2026-11-29T13:00:00+03:00}. */
    public static Instant instant(String name, String value) {
        return parsed(name, value, text -> OffsetDateTime.parse(text).toInstant(),
                new ProblemText("param.instant"));
    }

    public static UUID uuid(String name, String value) {
        return parsed(name, value, UUID::fromString, new ProblemText("param.uuid"));
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name, "param.boolean");
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return parsed(name, value, text -> Enum.valueOf(type, text.toUpperCase()), new ProblemText("param.oneOf",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** The trimmed value parsed, null when blank, and a 400 naming the parameter when the parser refuses it. */
    private static <T> T parsed(String name, String value, Function<String, T> parser, ProblemText expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException refused) {
            throw ProblemException.badParameter(name, "{0}", expected);
        }
    }

    /** The shape of a code of reference data in a parameter, in any case, as the OpenAPI document declares it. */
    public static final String CODE_PATTERN = "^[A-Za-z]{2,8}$";
    /** The longest code of reference data (a body's; a state's has two letters). */
    public static final int CODE_LENGTH = 8;

    /** Upper-case code of reference data (state or body), checked for shape only ({@link #CODE_PATTERN}). */
    public static String code(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase();
        if (!code.matches(CODE_PATTERN)) {
            throw ProblemException.badParameter(name, "param.code");
        }
        return code;
    }

    /** A year of the Organization's record: from its founding treaty's year to 2200. */
    public static int year(String name, String value) {
        return integer(name, value, 0, 1992, 2200);
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.badParameter(name, "param.maxLength", maxLength);
        }
        return value.trim();
    }
}
