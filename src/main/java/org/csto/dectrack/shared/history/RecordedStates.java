package org.csto.dectrack.shared.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Access;
import org.csto.dectrack.shared.security.Classification;
import org.csto.dectrack.shared.security.VisibleDocuments;

/** A resource as the service held it at an instant, from the change record, with its texts in the reader's language. */
@ApplicationScoped
public class RecordedStates {
    @Inject ChangeRecordRepository records;
    @Inject ObjectMapper json;
    @Inject Instance<StateSource> sources;
    @Inject VisibleDocuments visibleDocuments;

    /** Empty when the resource did not exist at that instant (not yet created, or deleted). */
    public Optional<ObjectNode> at(ResourceKey key, Instant instant, Lang lang) {
        return records.at(key, instant).filter(entry -> entry.operation != Operation.DELETED).map(entry -> parse(entry, lang));
    }

    /** The state of an entry (not a deletion), with its texts in {@code lang}. */
    public ObjectNode parse(ChangeRecord entry, Lang lang) {
        return (ObjectNode) StateJson.localize(neutral(entry), lang);
    }

    /**
     * The state of an entry as kept, without the texts of any language, and without the documents it names that the
     * caller may not see (a relation, a session's document); null for a deletion (or no entry).
     */
    public JsonNode neutral(ChangeRecord entry) {
        if (entry == null || entry.state == null) {
            return null;
        }
        JsonNode state;
        try {
            state = json.readTree(entry.state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Entry " + entry.cursor + " of the change record is not JSON", e);
        }
        if (Access.current().clearance() != Classification.CONFIDENTIAL) {
            leaveOutUnseen(entry.resourceType, state);
        }
        return state;
    }

    private void leaveOutUnseen(String type, JsonNode state) {
        List<StateSource.Mention> mentions = sources.stream().filter(source -> source.type().code().equals(type))
                .flatMap(source -> source.mentions().stream()).toList();
        Set<String> named = new HashSet<>();
        for (StateSource.Mention mention : mentions) {
            state.at(mention.list()).forEach(element -> named.add(element.at(mention.id()).asText()));
        }
        if (named.isEmpty()) {
            return;
        }
        Set<String> visible = visibleDocuments.among(named);
        for (StateSource.Mention mention : mentions) {
            if (state.at(mention.list()) instanceof ArrayNode list) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (!visible.contains(list.get(i).at(mention.id()).asText())) {
                        list.remove(i);
                    }
                }
            }
        }
    }

    /** The state as a view: what the record left out (the fields computed for a day) comes back null. */
    public <T> T as(ObjectNode state, Class<T> view) {
        return json.convertValue(state, view);
    }
}
