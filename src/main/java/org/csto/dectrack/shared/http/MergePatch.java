package org.csto.dectrack.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.csto.dectrack.shared.problem.ProblemException;

/**
 * JSON Merge Patch (RFC 7396), the body of every {@code PATCH}: applied to the JSON of the resource's current input
 * (what a {@code PUT} of it unchanged would send) and read back as that input, so that a patch then takes the
 * {@code PUT}'s own path: the same {@code If-Match} rule, Bean Validation and service rules, in one transaction. A member set to
 * {@code null} removes the field, which then counts as absent from a {@code PUT}: an optional field is cleared or takes
 * its default, a required one is refused naming it. Objects merge member by member; arrays and other values replace.
 */
@ApplicationScoped
public class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";
    /** What every PATCH operation says of itself in the OpenAPI document. */
    public static final String DESCRIPTION = "JSON Merge Patch (RFC 7396), as `application/merge-patch+json`: send only the "
            + "fields to change, objects (such as `titles`) member by member; arrays replace the whole list. `null` removes "
            + "a field as if a PUT left it out: an optional one is cleared or takes its default, a required one is refused "
            + "(400 naming it). Needs If-Match; the result is checked and recorded as a PUT of it would be.";

    @Inject ObjectMapper mapper;
    @Inject Validator validator;

    /**
     * The input {@code current} with {@code patch} applied, checked by Bean Validation as the body of a PUT is. A patch
     * that is not a JSON object, or whose result is not a valid {@code type} (an unknown field, a value of the wrong
     * type, a required field removed), is a 400 naming the field. Services call it inside the transaction of the write,
     * with the input read from the row they then change.
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("body", "a merge patch must be a JSON object");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T input;
        try {
            input = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // answered as a 400 naming the field, like a PUT body Jackson cannot read (ProblemMappers)
            throw new UncheckedIOException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    /** RFC 7396, section 2: {@code patch} merged into {@code target} (which it may change). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
