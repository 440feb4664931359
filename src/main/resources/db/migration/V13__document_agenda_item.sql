-- The number (from 1) of the session's agenda item under which the document was considered: the agenda of a session
-- lists its documents item by item. Null for a document without a session or not tied to an item.
alter table document add column agenda_item integer;
alter table document add constraint document_agenda_item_session check (agenda_item is null or (agenda_item >= 1 and session_id is not null));
