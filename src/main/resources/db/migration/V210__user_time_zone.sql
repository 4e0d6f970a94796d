-- The zone a user reads times in (issue 16 item 7): an IANA id such as 'Africa/Nairobi'; null = UTC.
alter table app_user add column time_zone varchar(64);
