-- The time zone of each member state's capital (IANA): the latest date a report may carry is today in the easternmost
-- of them. Russia reports from Moscow, so its eastern zones (up to Asia/Kamchatka, UTC+12) do not count.
alter table member_state add column time_zone varchar(40);
update member_state set time_zone = 'Asia/Yerevan' where code = 'AM';
update member_state set time_zone = 'Europe/Minsk' where code = 'BY';
update member_state set time_zone = 'Asia/Almaty' where code = 'KZ';
update member_state set time_zone = 'Asia/Bishkek' where code = 'KG';
update member_state set time_zone = 'Europe/Moscow' where code = 'RU';
update member_state set time_zone = 'Asia/Dushanbe' where code = 'TJ';
