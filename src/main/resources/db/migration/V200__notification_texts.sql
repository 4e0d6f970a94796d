-- Messages keep the bundle key and arguments of their subject and body, so that each reader sees them in their
-- own language (issue 16 item 7). subject and body keep the English text: older rows, which have no key, are
-- shown as they were written.
alter table notification add column subject_key varchar(200);
alter table notification add column subject_args varchar(2000);
alter table notification add column body_key varchar(200);
alter table notification add column body_args varchar(8000);
