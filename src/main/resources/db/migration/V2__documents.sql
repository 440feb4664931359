-- Documents adopted (or considered) by the bodies, member-state positions, ratification and relations.

create table document (
    id                                   uuid          not null primary key,
    reference                            varchar(40)   not null,
    type                                 varchar(30)   not null,
    title_ru                             varchar(4000) not null,
    title_en                             varchar(4000),
    summary_ru                           varchar(4000),
    summary_en                           varchar(4000),
    body_code                            varchar(8)    references body (code),
    session_id                           uuid          references council_session (id),
    adopted_on                           date,
    considered_on                        date,
    adoption_status                      varchar(30)   not null,
    valid_from                           date,
    valid_to                             date,
    ratification_required                boolean       not null,
    notifications_for_entry_into_force   integer,
    notes                                varchar(10000),
    -- Derived on every write from ratifications and relations, so lists can filter by legal force in SQL.
    entry_into_force                     date,
    full_force_from                      date,
    terminated_as                        varchar(20),
    search_text                          varchar(20000) not null,
    version                              bigint        not null,
    created_at                           timestamp(6) with time zone not null,
    created_by                           varchar(100)  not null,
    updated_at                           timestamp(6) with time zone not null,
    updated_by                           varchar(100)  not null,
    constraint document_reference_uk unique (reference),
    constraint document_validity check (valid_to is null or valid_from is null or valid_to >= valid_from),
    constraint document_notifications check (notifications_for_entry_into_force is null or notifications_for_entry_into_force > 0)
);
create index document_type_idx on document (type);
create index document_body_idx on document (body_code, considered_on);
create index document_session_idx on document (session_id);
create index document_adopted_on_idx on document (adopted_on);
create index document_considered_on_idx on document (considered_on);
create index document_status_idx on document (adoption_status);
create index document_force_idx on document (entry_into_force, full_force_from);
create index document_terminated_idx on document (terminated_as);
create index document_valid_to_idx on document (valid_to);

create table document_tag (
    document_id  uuid         not null references document (id) on delete cascade,
    tag          varchar(60)  not null,
    primary key (document_id, tag)
);
create index document_tag_tag_idx on document_tag (tag);

create table document_attachment (
    document_id  uuid          not null references document (id) on delete cascade,
    item_no      integer       not null,
    title        varchar(500)  not null,
    language     varchar(8)    not null,
    media_type   varchar(100)  not null,
    url          varchar(2000) not null,
    sha256       varchar(64),
    primary key (document_id, item_no)
);

create table document_position (
    id            uuid          not null primary key,
    document_id   uuid          not null references document (id) on delete cascade,
    state_code    varchar(2)    not null references member_state (code),
    stance        varchar(30)   not null,
    position_date date,
    reservation   varchar(4000),
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(100)  not null,
    constraint document_position_uk unique (document_id, state_code)
);
create index document_position_state_idx on document_position (state_code, stance, document_id);

create table ratification (
    id            uuid          not null primary key,
    document_id   uuid          not null references document (id) on delete cascade,
    state_code    varchar(2)    not null references member_state (code),
    signed_on     date,
    ratified_on   date,
    notified_on   date,
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(100)  not null,
    constraint ratification_uk unique (document_id, state_code)
);
create index ratification_state_idx on ratification (state_code);

create table document_relation (
    id            uuid          not null primary key,
    source_id     uuid          not null references document (id) on delete cascade,
    target_id     uuid          not null references document (id) on delete cascade,
    type          varchar(20)   not null,
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(100)  not null,
    constraint document_relation_uk unique (source_id, target_id, type),
    constraint document_relation_not_self check (source_id <> target_id)
);
create index document_relation_target_idx on document_relation (target_id, type);

create table document_transition (
    id            uuid          not null primary key,
    document_id   uuid          not null references document (id) on delete cascade,
    from_status   varchar(30)   not null,
    to_status     varchar(30)   not null,
    reason        varchar(2000),
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(100)  not null
);
create index document_transition_document_idx on document_transition (document_id, created_at);
