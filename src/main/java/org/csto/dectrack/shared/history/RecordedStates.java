package org.csto.dectrack.shared.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.i18n.Lang;

/** A resource as the service held it at an instant, from the change record, with its texts in the reader's language. */
@ApplicationScoped
public class RecordedStates {
    @Inject ChangeRecordRepository records;
    @Inject ObjectMapper json;

    /** Empty when the resource did not exist at that instant (not yet created, or deleted). */
    public Optional<ObjectNode> at(ResourceKey key, Instant instant, Lang lang) {
        return records.at(key, instant).filter(entry -> entry.operation != Operation.DELETED).map(entry -> parse(entry, lang));
    }

    /** The state of an entry (not a deletion), with its texts in {@code lang}. */
    public ObjectNode parse(ChangeRecord entry, Lang lang) {
        return (ObjectNode) StateJson.localize(neutral(entry), lang);
    }

    /** The state of an entry as kept, without the texts of any language; null for a deletion (or no entry). */
    public JsonNode neutral(ChangeRecord entry) {
        if (entry == null || entry.state == null) {
            return null;
        }
        try {
            return json.readTree(entry.state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Entry " + entry.cursor + " of the change record is not JSON", e);
        }
    }

    /** The state as a view: what the record left out (the fields computed for a day) comes back null. */
    public <T> T as(ObjectNode state, Class<T> view) {
        return json.convertValue(state, view);
    }
}
