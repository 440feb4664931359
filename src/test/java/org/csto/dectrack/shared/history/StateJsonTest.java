package org.csto.dectrack.shared.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.csto.dectrack.shared.i18n.Lang;
import org.junit.jupiter.api.Test;

/** The rules of a state in the change record: what is kept, how texts come back, what a change is. */
class StateJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aStateKeepsNeitherTheCallersLanguageNorTheDaysFigures() throws Exception {
        ObjectNode view = json("{'titles':{'ru':'Решение','en':'Decision'},'title':'Decision','overdue':true,"
                + "'relations':[{'id':'r1','titles':{'ru':'План','en':null},'title':'План'}],'notes':'n'}");
        ObjectNode state = StateJson.neutral(view, Set.of("overdue"));
        assertEquals(json("{'titles':{'ru':'Решение','en':'Decision'},'relations':[{'id':'r1','titles':{'ru':'План','en':null}}],"
                + "'notes':'n'}"), state);

        JsonNode english = StateJson.localize(state.deepCopy(), Lang.EN);
        assertEquals("Decision", english.get("title").asText());
        assertEquals("План", english.get("relations").get(0).get("title").asText(), "no English: the Russian text");
        assertEquals("Решение", StateJson.localize(state.deepCopy(), Lang.RU).get("title").asText());
    }

    @Test
    void aChangeNamesTheFieldAndListElementsByTheirKey() throws Exception {
        ObjectNode before = json("{'dueDate':'2025-06-30','titles':{'ru':'А','en':'A'},'tags':['a'],"
                + "'positions':[{'state':'KZ','position':null},{'state':'RU','position':'SIGNED'}],'updatedAt':'t1'}");
        ObjectNode after = json("{'dueDate':'2025-09-30','titles':{'ru':'А','en':'B'},'tags':['a','b'],"
                + "'positions':[{'state':'KZ','position':'SIGNED'},{'state':'RU','position':'SIGNED'}],'updatedAt':'t2'}");
        List<StateJson.FieldChange> changes = StateJson.diff(before, after);
        assertEquals(List.of("dueDate", "titles.en", "tags", "positions[KZ]"), changes.stream().map(StateJson.FieldChange::field).toList(),
                "who and when are the entry's own, not changes");
        assertEquals("2025-06-30", changes.get(0).before().asText());
        assertEquals("SIGNED", changes.get(3).after().get("position").asText());
        assertTrue(changes.get(3).before().get("position").isNull());
    }

    @Test
    void theFirstVersionListsEveryFieldSetAndAnUnchangedOneNone() throws Exception {
        ObjectNode state = json("{'reference':'CSC-2024-01','notes':null,'updatedAt':'t'}");
        assertEquals(List.of("reference"), StateJson.diff(null, state).stream().map(StateJson.FieldChange::field).toList());
        assertFalse(StateJson.diff(state, state.deepCopy()).iterator().hasNext());
    }
}
