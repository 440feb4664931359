package org.csto.dectrack.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csto.dectrack.shared.i18n.Lang;

/** What a request body that Jackson could not read is reported as: the field path and what it must be. */
final class JsonProblems {
    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance, Lang lang) {
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            return invalidBody(jsonPath(unrecognized), new ProblemText("json.unknownField"), instance, lang);
        }
        if (e instanceof InvalidFormatException invalid) {
            ProblemText target = invalid.getTargetType() == null ? new ProblemText("json.type.value") : describe(invalid.getTargetType());
            return invalidBody(jsonPath(invalid), new ProblemText("json.mustBe", target), instance, lang);
        }
        if (e instanceof MismatchedInputException mismatched) {
            ProblemText target = mismatched.getTargetType() == null ? new ProblemText("json.type.other") : describe(mismatched.getTargetType());
            return invalidBody(jsonPath(mismatched), new ProblemText("json.mustBe", target), instance, lang);
        }
        if (e instanceof JsonMappingException mapping) {
            return invalidBody(jsonPath(mapping), new ProblemText("json.notValid"), instance, lang);
        }
        if (e instanceof JsonParseException parse) {
            return Problems.of(ProblemType.MALFORMED, lang, "json.malformed", instance, parse.getLocation().getLineNr(),
                    parse.getLocation().getColumnNr());
        }
        return Problems.of(ProblemType.MALFORMED, lang, "json.unreadable", instance);
    }

    private static Problem invalidBody(String field, ProblemText message, String instance, Lang lang) {
        return Problems.invalid(List.of(new Problem.Violation(field, message.in(lang))), instance, lang);
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static ProblemText describe(Class<?> type) {
        if (type.isEnum()) {
            return new ProblemText("json.type.enum",
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        String kind = switch (type.getSimpleName()) {
            case "LocalDate" -> "date";
            case "Instant", "OffsetDateTime" -> "instant";
            case "UUID" -> "uuid";
            case "Integer", "int", "Long", "long", "Short", "short" -> "integer";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            case "List", "Set", "Collection" -> "array";
            default -> type.isRecord() || Map.class.isAssignableFrom(type) ? "object" : "other";
        };
        return new ProblemText("json.type." + kind);
    }
}
