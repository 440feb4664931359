package org.csto.dectrack.shared.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.shared.paging.Sorting.SortKey;
import org.csto.dectrack.shared.problem.ProblemException;

/**
 * Where a page read with {@code cursor} starts: just after the item whose sort-key values and id it holds. The token a
 * client sees is opaque, base64url (no padding) of a small versioned JSON object: {@code
 * {"v":1,"sort":"-adoptedOn,reference","keys":["2024-11-28","CSC-2024-02"],"id":"…"}}, each value as text (null for
 * a null key). The values are read back as the types the list's {@link Sorting} declares, so a token is never
 * trusted to say what it binds; a token that is not one, of another version, or made for another sort is a 400
 * naming {@code cursor}, and so is a value no row can hold (a NUL character, a year outside 1–9999), which a
 * database might refuse. A token altered into another well-formed one only starts the list elsewhere: it is bound as
 * parameters of the caller's own query, under the caller's own visibility.
 *
 * @param values the values of the sort keys, in the order of the sort (null where the item has none)
 * @param id the id of the item, the last sort key
 */
public record Cursor(List<Object> values, Object id) {
    /** The longest token taken: the sort (at most one value per key of a list, none longer than 80 characters) fits. */
    public static final int MAX_LENGTH = 2000;
    /** Base64url without padding. */
    public static final String PATTERN = "^[A-Za-z0-9_-]+$";
    /** A measure list's cursor, sorted by dueDate,reference, for the OpenAPI document. */
    public static final String EXAMPLE = "eyJ2IjoxLCJzb3J0IjoiZHVlRGF0ZSxyZWZlcmVuY2UiLCJrZXlzIjpbIjIwMjYtMDMtMzEiLCJDU0MtMjAyNC0wMkEvTTEiXSwiaWQiOiIwMTkzYjk3Ni0xZWQ2LTc0NjEtYTAzZi0zYTk4YzY0YzM0MmQifQ";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Class<?>> TYPES = Set.of(String.class, LocalDate.class, Instant.class, UUID.class,
            Long.class, Integer.class, Double.class);

    public Cursor {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Fails (a bug in a {@link Sorting}, found when it is declared) for a type a cursor cannot carry. */
    static void requireSupported(Class<?> type) {
        if (!TYPES.contains(type) && !type.isEnum()) {
            throw new IllegalArgumentException("a cursor cannot carry a sort key of type " + type.getName()
                    + "; use one of " + TYPES + " or an enum");
        }
    }

    /** The token of the item with these sort-key values and id, for a list sorted by {@code sort} ({@code -dueDate,reference}). */
    static String encode(String sort, List<?> values, Object id) {
        ObjectNode token = JSON.createObjectNode().put("v", VERSION).put("sort", sort);
        ArrayNode keys = token.putArray("keys");
        values.forEach(value -> keys.add(text(value)));
        token.put("id", text(id));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(token));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cursor a token holds, its values as the types of {@code keys}; a 400 naming {@code cursor} when it is not a
     * token of this list sorted by {@code sort}.
     */
    static Cursor decode(String token, String sort, List<SortKey> keys, SortKey id) {
        if (token.length() > MAX_LENGTH) {
            throw invalid("cursor.tooLong", MAX_LENGTH);
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(token.trim()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid("cursor.foreign");
        }
        if (node == null || !node.isObject() || !node.path("v").isInt() || !node.path("sort").isTextual()
                || !node.path("keys").isArray() || !node.path("id").isTextual()) {
            throw invalid("cursor.foreign");
        }
        if (node.get("v").intValue() != VERSION) {
            throw invalid("cursor.version");
        }
        if (!node.get("sort").textValue().equals(sort)) {
            throw invalid("cursor.sort", sort);
        }
        JsonNode texts = node.get("keys");
        if (texts.size() != keys.size()) {
            throw invalid("cursor.foreign");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            JsonNode text = texts.get(i);
            if (!text.isNull() && !text.isTextual()) {
                throw invalid("cursor.foreign");
            }
            values.add(text.isNull() ? null : value(text.textValue(), keys.get(i)));
        }
        return new Cursor(values, value(node.get("id").textValue(), id));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(String text, SortKey key) {
        Class<?> type = key.type();
        try {
            if (type == String.class) {
                if (text.indexOf('\u0000') >= 0) { // PostgreSQL refuses it in text, so no value held has one
                    throw new IllegalArgumentException("NUL");
                }
                return text;
            } else if (type == LocalDate.class) {
                return storable(LocalDate.parse(text));
            } else if (type == Instant.class) {
                Instant instant = Instant.parse(text);
                storable(LocalDate.ofInstant(instant, ZoneOffset.UTC));
                return instant;
            } else if (type == UUID.class) {
                return UUID.fromString(text);
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Double.class) {
                double number = Double.parseDouble(text);
                if (!Double.isFinite(number)) {
                    throw new IllegalArgumentException(text);
                }
                return number;
            }
            return Enum.valueOf((Class) type, text);
        } catch (RuntimeException e) {
            throw invalid("cursor.value", key.name());
        }
    }

    /** A day both databases can compare with: PostgreSQL refuses years past 294276, and no day held is outside 1–9999. */
    private static LocalDate storable(LocalDate day) {
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("year " + day.getYear());
        }
        return day;
    }

    private static ProblemException invalid(String message, Object... args) {
        return ProblemException.badParameter("cursor", message, args);
    }
}
