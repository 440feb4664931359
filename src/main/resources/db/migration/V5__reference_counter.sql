-- The last number given to a generated document reference per prefix (CSC-2024-): creates that generate a reference
-- take this row's lock, so concurrent creates never compute the same number.
create table reference_counter (
    prefix      varchar(40) not null primary key,
    last_number integer     not null
);
