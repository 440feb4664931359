-- Implementation of decisions: measures (nested up to 5 levels) and their append-only progress reports.

create table measure (
    id               uuid          not null primary key,
    reference        varchar(80)   not null,
    document_id      uuid          not null references document (id),
    parent_id        uuid          references measure (id),
    depth            integer       not null,
    seq              integer       not null,
    title_ru         varchar(4000) not null,
    title_en         varchar(4000),
    description      varchar(10000),
    lead_code        varchar(8)    not null,
    start_date       date,
    due_date         date,
    -- Epoch days of the start (or creation) and due dates: "at risk" compares them with today in portable SQL.
    start_day        integer       not null,
    due_day          integer,
    weight           integer       not null,
    status           varchar(20)   not null,
    progress         double precision not null,
    child_count      integer       not null,
    last_reported_on date,
    notes            varchar(10000),
    version          bigint        not null,
    created_at       timestamp(6) with time zone not null,
    created_by       varchar(100)  not null,
    updated_at       timestamp(6) with time zone not null,
    updated_by       varchar(100)  not null,
    constraint measure_reference_uk unique (reference),
    constraint measure_depth check (depth between 1 and 5),
    constraint measure_weight check (weight between 0 and 1000),
    constraint measure_progress check (progress between 0 and 100),
    constraint measure_dates check (due_date is null or start_date is null or due_date >= start_date)
);
create index measure_document_idx on measure (document_id, parent_id);
create index measure_parent_idx on measure (parent_id);
create index measure_lead_idx on measure (lead_code, status, due_date);
create index measure_status_due_idx on measure (status, due_date);
create index measure_due_idx on measure (due_date);

create table measure_contributor (
    measure_id   uuid        not null references measure (id) on delete cascade,
    party_code   varchar(8)  not null,
    primary key (measure_id, party_code)
);
create index measure_contributor_party_idx on measure_contributor (party_code);

create table progress_report (
    id                uuid          not null primary key,
    measure_id        uuid          not null references measure (id),
    reported_on       date          not null,
    reporting_party   varchar(8)    not null,
    text_ru           varchar(4000),
    text_en           varchar(4000),
    progress          double precision,
    previous_progress double precision not null,
    status            varchar(20),
    previous_status   varchar(20)   not null,
    reason            varchar(2000),
    version           bigint        not null,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(100)  not null,
    updated_at        timestamp(6) with time zone not null,
    updated_by        varchar(100)  not null
);
create index progress_report_measure_idx on progress_report (measure_id, reported_on);

create table report_evidence (
    report_id  uuid          not null references progress_report (id) on delete cascade,
    item_no    integer       not null,
    title      varchar(500),
    url        varchar(2000) not null,
    primary key (report_id, item_no)
);
