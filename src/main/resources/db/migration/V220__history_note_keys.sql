-- Notes the system writes into histories (and the reasons it gives a reserve entry, a proposal or a grant's
-- agreement version) keep their bundle key and arguments, so that each reader sees them in their own language. The text columns
-- keep the English text: older rows, and notes typed by a person, have no key and show as written.
alter table proposal_event add column note_key varchar(200);
alter table proposal_event add column note_args varchar(4000);
alter table organisation_event add column note_key varchar(200);
alter table organisation_event add column note_args varchar(4000);
alter table reserve_event add column note_key varchar(200);
alter table reserve_event add column note_args varchar(4000);
alter table reserve_entry add column state_reason_key varchar(200);
alter table reserve_entry add column state_reason_args varchar(4000);
alter table proposal add column decision_reason_key varchar(200);
alter table proposal add column decision_reason_args varchar(4000);
alter table grant_version add column reason_key varchar(200);
alter table grant_version add column reason_args varchar(4000);
