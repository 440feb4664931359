package org.csto.dectrack.shared.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * The rules of a state in the change record, free of persistence. A state is a resource's view without what the
 * request or the day makes of it: the text in the caller's language ({@code title} beside {@code titles}, and so on)
 * and the fields computed for a day. {@link #localize} puts the texts back for a reader; {@link #diff} compares two
 * states field by field.
 */
public final class StateJson {
    /** A field derived from a bilingual one: the derived name, then the bilingual one it is read from. */
    private static final Map<String, String> DERIVED = Map.of("title", "titles", "summary", "summaries", "name", "names",
            "text", "texts");
    /** Who and when are the entry's own columns; a diff does not repeat them. */
    private static final Set<String> NOT_COMPARED = Set.of("createdAt", "createdBy", "updatedAt", "updatedBy");
    /** Array elements are matched by the first of these they carry (a position by its state, a report by its id). */
    private static final List<String> ELEMENT_KEYS = List.of("state", "id", "year", "code");

    private StateJson() {
    }

    /** A field that changed: its path (e.g. {@code dueDate}, {@code titles.en}, {@code positions[KZ]}), before, after. */
    public record FieldChange(String field, JsonNode before, JsonNode after) {
    }

    /** Drops the derived texts everywhere and the named top-level fields computed for a day. */
    public static ObjectNode neutral(ObjectNode view, Set<String> computedForTheDay) {
        computedForTheDay.forEach(view::remove);
        dropDerived(view);
        return view;
    }

    /** Puts the derived texts back, in {@code lang}, wherever their bilingual field is. */
    public static JsonNode localize(JsonNode state, Lang lang) {
        if (state.isObject()) {
            ObjectNode object = (ObjectNode) state;
            DERIVED.forEach((derived, bilingual) -> {
                JsonNode texts = object.get(bilingual);
                if (texts != null && texts.isObject()) {
                    object.set(derived, JsonNodeFactory.instance.textNode(in(texts, lang)));
                }
            });
            object.forEach(child -> localize(child, lang));
        } else if (state.isArray()) {
            state.forEach(child -> localize(child, lang));
        }
        return state;
    }

    /** The fields that differ between two states; {@code before} null means every field of {@code after} is new. */
    public static List<FieldChange> diff(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", before == null ? JsonNodeFactory.instance.objectNode() : before,
                after == null ? JsonNodeFactory.instance.objectNode() : after, changes, true);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes, boolean top) {
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!(top && NOT_COMPARED.contains(name))) {
                    compare(path.isEmpty() ? name : path + "." + name, missingToNull(before.get(name)),
                            missingToNull(after.get(name)), changes, false);
                }
            }
        } else if (keyedArray(before) && keyedArray(after)) {
            Map<String, JsonNode> was = byKey(before);
            Map<String, JsonNode> is = byKey(after);
            Set<String> keys = new LinkedHashSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String key : keys) {
                JsonNode b = missingToNull(was.get(key));
                JsonNode a = missingToNull(is.get(key));
                if (!b.equals(a)) {
                    changes.add(new FieldChange(path + "[" + key + "]", b, a));
                }
            }
        } else if (!before.equals(after)) {
            changes.add(new FieldChange(path, before, after));
        }
    }

    private static boolean keyedArray(JsonNode node) {
        if (!node.isArray() && !node.isNull()) {
            return false;
        }
        for (JsonNode element : node) {
            if (key(element) == null) {
                return false;
            }
        }
        return node.isArray() || node.isNull();
    }

    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> elements = new LinkedHashMap<>();
        array.forEach(element -> elements.put(key(element), element));
        return elements;
    }

    private static String key(JsonNode element) {
        if (!element.isObject()) {
            return null;
        }
        for (String name : ELEMENT_KEYS) {
            JsonNode value = element.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    private static JsonNode missingToNull(JsonNode node) {
        return node == null ? JsonNodeFactory.instance.nullNode() : node;
    }

    private static String in(JsonNode texts, Lang lang) {
        String ru = texts.path("ru").isTextual() ? texts.get("ru").asText() : null;
        String en = texts.path("en").isTextual() ? texts.get("en").asText() : null;
        return lang == Lang.EN && en != null ? en : ru != null ? ru : en;
    }

    private static void dropDerived(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            DERIVED.forEach((derived, bilingual) -> {
                if (object.has(bilingual)) {
                    object.remove(derived);
                }
            });
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                dropDerived(children.next());
            }
        } else if (node.isArray()) {
            node.forEach(StateJson::dropDerived);
        }
    }
}
