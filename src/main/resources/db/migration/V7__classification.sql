-- Classification of documents (measures, reports, positions, ratifications and relations follow their document's):
-- PUBLIC, RESTRICTED (for official use) or CONFIDENTIAL; from declassify_on on, a document counts as PUBLIC.
alter table document add column classification varchar(12) default 'PUBLIC' not null;
alter table document add column declassify_on date;
alter table document add constraint document_classification check (classification in ('PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'));

-- A change-record entry of a document or of a measure carries its document's classification (null: not classified,
-- e.g. sessions and reference data), so that history and the feed leave out what a caller may not see, also after
-- the document is deleted. Reclassifying a document rewrites these two columns of its entries, nothing else.
alter table change_record add column classification varchar(12);
alter table change_record add column declassify_on date;
-- (A document's entries are found by change_record_resource_idx, its measures' by change_record_owner_idx.)
