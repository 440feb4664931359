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

/** What a request body that Jackson could not read is reported as: the field path and what it must be. */
final class JsonProblems {
    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance) {
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            return invalidBody(jsonPath(unrecognized), "unknown field", instance);
        }
        if (e instanceof InvalidFormatException invalid) {
            String target = invalid.getTargetType() == null ? "value" : describe(invalid.getTargetType());
            return invalidBody(jsonPath(invalid), "must be " + target, instance);
        }
        if (e instanceof MismatchedInputException mismatched) {
            String target = mismatched.getTargetType() == null ? "a value of another type" : describe(mismatched.getTargetType());
            return invalidBody(jsonPath(mismatched), "must be " + target, instance);
        }
        if (e instanceof JsonMappingException mapping) {
            return invalidBody(jsonPath(mapping), "is not valid", instance);
        }
        if (e instanceof JsonParseException parse) {
            return Problems.of(ProblemType.MALFORMED, "Body is not well-formed JSON (line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")", instance);
        }
        return Problems.of(ProblemType.MALFORMED, "Body could not be read as JSON", instance);
    }

    private static Problem invalidBody(String field, String message, String instance) {
        return Problems.invalid(List.of(new Problem.Violation(field, message)), instance);
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an instant (YYYY-MM-DDThh:mm:ssZ)";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "an array";
            default -> type.isRecord() || Map.class.isAssignableFrom(type) ? "an object" : "a value of another type";
        };
    }
}
