-- Reference data (member states, bodies, chairmanships) and the sessions of the councils.
-- Every table carries the audit columns: version, created_at/by, updated_at/by.

create table member_state (
    code                 varchar(2)    not null primary key,
    name_ru              varchar(4000) not null,
    name_en              varchar(4000),
    participation        varchar(20)   not null,
    participation_since  date,
    version              bigint        not null,
    created_at           timestamp(6) with time zone not null,
    created_by           varchar(100)  not null,
    updated_at           timestamp(6) with time zone not null,
    updated_by           varchar(100)  not null
);

create table body (
    code        varchar(8)    not null primary key,
    name_ru     varchar(4000) not null,
    name_en     varchar(4000),
    kind        varchar(30)   not null,
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(100)  not null
);

create table chairmanship (
    chair_year  integer       not null primary key,
    state_code  varchar(2)    not null references member_state (code),
    start_date  date          not null,
    end_date    date          not null,
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(100)  not null,
    constraint chairmanship_dates check (end_date >= start_date)
);
create index chairmanship_state_idx on chairmanship (state_code);
create index chairmanship_dates_idx on chairmanship (start_date, end_date);

create table council_session (
    id            uuid          not null primary key,
    body_code     varchar(8)    not null references body (code),
    kind          varchar(20)   not null,
    format        varchar(20)   not null,
    status        varchar(20)   not null,
    start_date    date          not null,
    end_date      date          not null,
    city          varchar(200),
    host_country  varchar(2)    references member_state (code),
    chair_code    varchar(2)    references member_state (code),
    notes         varchar(10000),
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(100)  not null,
    updated_at    timestamp(6) with time zone not null,
    updated_by    varchar(100)  not null,
    constraint council_session_dates check (end_date >= start_date)
);
create index council_session_body_date_idx on council_session (body_code, start_date);
create index council_session_date_idx on council_session (start_date);
create index council_session_chair_idx on council_session (chair_code);
create index council_session_status_idx on council_session (status);

create table session_attendee (
    session_id  uuid        not null references council_session (id) on delete cascade,
    state_code  varchar(2)  not null references member_state (code),
    primary key (session_id, state_code)
);
create index session_attendee_state_idx on session_attendee (state_code);

create table agenda_item (
    session_id  uuid          not null references council_session (id) on delete cascade,
    item_no     integer       not null,
    title_ru    varchar(4000),
    title_en    varchar(4000),
    outcome     varchar(2000),
    primary key (session_id, item_no)
);

-- Reference data the service needs in every environment (facts from the Organization's charter and practice).
insert into member_state (code, name_ru, name_en, participation, participation_since, version, created_at, created_by, updated_at, updated_by) values
 ('AM', 'Республика Армения', 'Republic of Armenia', 'SUSPENDED', date '2024-02-01', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('BY', 'Республика Беларусь', 'Republic of Belarus', 'ACTIVE', date '1993-12-31', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('KZ', 'Республика Казахстан', 'Republic of Kazakhstan', 'ACTIVE', date '1994-04-20', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('KG', 'Кыргызская Республика', 'Kyrgyz Republic', 'ACTIVE', date '1994-04-20', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('RU', 'Российская Федерация', 'Russian Federation', 'ACTIVE', date '1994-04-20', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('TJ', 'Республика Таджикистан', 'Republic of Tajikistan', 'ACTIVE', date '1994-04-20', 0, current_timestamp, 'system', current_timestamp, 'system');

insert into body (code, name_ru, name_en, kind, version, created_at, created_by, updated_at, updated_by) values
 ('CSC', 'Совет коллективной безопасности', 'Collective Security Council', 'SUPREME_COUNCIL', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('CFM', 'Совет министров иностранных дел', 'Council of Foreign Ministers', 'MINISTERIAL_COUNCIL', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('CMD', 'Совет министров обороны', 'Council of Ministers of Defence', 'MINISTERIAL_COUNCIL', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('CSSC', 'Комитет секретарей советов безопасности', 'Committee of Secretaries of Security Councils', 'MINISTERIAL_COUNCIL', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('PC', 'Постоянный совет', 'Permanent Council', 'PERMANENT_COUNCIL', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('PA', 'Парламентская ассамблея', 'Parliamentary Assembly', 'PARLIAMENTARY_ASSEMBLY', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('SEC', 'Секретариат', 'Secretariat', 'WORKING_BODY', 0, current_timestamp, 'system', current_timestamp, 'system'),
 ('JS', 'Объединённый штаб', 'Joint Staff', 'WORKING_BODY', 0, current_timestamp, 'system', current_timestamp, 'system');

-- Until 2022 the chairmanship ran from one CSC session to the next (the chair presides over the session that
-- ends its term); from 2024 it runs by calendar year, so Belarus's term ran on to the end of 2023.
insert into chairmanship (chair_year, state_code, start_date, end_date, version, created_at, created_by, updated_at, updated_by) values
 (2019, 'KG', date '2018-11-09', date '2019-11-28', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2020, 'RU', date '2019-11-29', date '2020-12-02', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2021, 'TJ', date '2020-12-03', date '2021-09-16', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2022, 'AM', date '2021-09-17', date '2022-11-23', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2023, 'BY', date '2022-11-24', date '2023-12-31', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2024, 'KZ', date '2024-01-01', date '2024-12-31', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2025, 'KG', date '2025-01-01', date '2025-12-31', 0, current_timestamp, 'system', current_timestamp, 'system'),
 (2026, 'RU', date '2026-01-01', date '2026-12-31', 0, current_timestamp, 'system', current_timestamp, 'system');
