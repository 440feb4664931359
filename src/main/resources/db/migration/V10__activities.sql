-- Partner organisations (reference data, like bodies) and activities: the events that carry decisions out (joint
-- training of the Collective Forces, special operations, cooperation events, conferences), with the states taking
-- part, the partner organisations, the measures they carry out, and the progress reports that cite them as evidence.

create table organization (
    code        varchar(8)    not null primary key,
    name_ru     varchar(4000) not null,
    name_en     varchar(4000),
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(100)  not null
);

insert into organization (code, name_ru, name_en, version, created_at, created_by, updated_at, updated_by) values
 ('UN', 'Организация Объединённых Наций', 'United Nations', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('CIS', 'Содружество Независимых Государств', 'Commonwealth of Independent States', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('SCO', 'Шанхайская организация сотрудничества', 'Shanghai Cooperation Organisation', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('OSCE', 'Организация по безопасности и сотрудничеству в Европе', 'Organization for Security and Co-operation in Europe', 0, current_timestamp, 'system', current_timestamp, 'system');

create table activity (
    id          uuid          not null primary key,
    kind        varchar(30)   not null,
    title_ru    varchar(4000) not null,
    title_en    varchar(4000),
    start_date  date          not null,
    end_date    date          not null,
    state_code  varchar(2)    references member_state (code),
    city        varchar(200),
    notes       varchar(10000),
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(100)  not null,
    constraint activity_dates check (end_date >= start_date)
);
create index activity_date_idx on activity (start_date, id);
create index activity_kind_date_idx on activity (kind, start_date);

create table activity_participant (
    activity_id  uuid        not null references activity (id) on delete cascade,
    state_code   varchar(2)  not null references member_state (code),
    primary key (activity_id, state_code)
);
create index activity_participant_state_idx on activity_participant (state_code);

create table activity_partner (
    activity_id        uuid        not null references activity (id) on delete cascade,
    organization_code  varchar(8)  not null references organization (code),
    primary key (activity_id, organization_code)
);
create index activity_partner_organization_idx on activity_partner (organization_code);

create table activity_measure (
    activity_id  uuid  not null references activity (id) on delete cascade,
    measure_id   uuid  not null references measure (id) on delete cascade,
    primary key (activity_id, measure_id)
);
create index activity_measure_measure_idx on activity_measure (measure_id);

create table report_activity (
    report_id    uuid  not null references progress_report (id) on delete cascade,
    activity_id  uuid  not null references activity (id),
    primary key (report_id, activity_id)
);
create index report_activity_activity_idx on report_activity (activity_id);
