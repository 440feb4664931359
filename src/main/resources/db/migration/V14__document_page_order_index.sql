-- The document list's default order (newest adoption first, then reference, then id) as an index: a page of a search
-- by a frequent word walks it in order and stops after the page, instead of finding and sorting every match.
create index document_page_order_idx on document (adopted_on desc nulls last, reference asc nulls last, id asc);
-- H2's word index looked up from the document's side (does this document have a term in this range?), for that walk.
create index document_term_document_term_idx on document_term (document_id, term);
drop index document_term_document_idx;
