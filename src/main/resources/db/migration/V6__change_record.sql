-- The change record: one append-only entry per changed resource and write, in the writing transaction. The cursor is
-- the entry's place in commit order (see change_cursor); the state is the resource's language-neutral view as JSON.
create table change_record (
    cursor_no     bigint         not null primary key,
    resource_type varchar(20)    not null,
    resource_id   varchar(64)    not null,
    -- The resource it belongs to at that version: a measure's document, a document's session (else null).
    owner_id      varchar(64),
    version       bigint         not null,
    operation     varchar(10)    not null,
    changed_at    timestamp(6) with time zone not null,
    changed_by    varchar(100)   not null,
    request_id    varchar(64),
    state         varchar(1000000),
    constraint change_record_operation check (operation in ('CREATED', 'UPDATED', 'DELETED'))
);
-- History of one resource, and its state at an instant: the latest entry at or before it. (Versions are not unique
-- per resource: a chairmanship deleted and put again for its year starts again at 0.)
create index change_record_resource_idx on change_record (resource_type, resource_id, cursor_no);
-- recordedAsOf over a whole type: the entries up to an instant; and over what one owner held (a document's measures).
create index change_record_time_idx on change_record (resource_type, changed_at);
create index change_record_owner_idx on change_record (resource_type, owner_id, resource_id);

-- The last cursor given. Every write takes this row's lock as its last statement and holds it until it commits, so
-- cursors are given in commit order, also across service instances: a follower never sees 11 before 10 commits.
create table change_cursor (
    id          integer not null primary key,
    last_cursor bigint  not null,
    constraint change_cursor_single check (id = 1)
);
insert into change_cursor (id, last_cursor) values (1, 0);
