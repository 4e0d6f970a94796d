-- Issue 13 (import of a fund's history): past calls, past grants and reserve lists brought in from the fund's
-- spreadsheets. What an import creates carries the import's id (import_id, the record on the imports page);
-- each imported row keeps the fund's own reference (import_ref, unique) so that importing the same file again
-- finds it and writes nothing.

-- Organisations created by an import (verified by the secretariat before the fund adopted the system).
alter table organisation add column import_id bigint;

-- Past calls, recorded closed or decided with their past dates.
alter table call_for_proposals add column import_id bigint;
alter table call_for_proposals add column import_ref varchar(100);
create unique index call_import_ref on call_for_proposals (import_ref);

-- Projects of an imported reserve list: a proposal record on the reserve list, so an offer and the Board's
-- approval turn it into a grant like any other.
alter table proposal add column import_id bigint;

-- A past grant was awarded before the system: it has no proposal nor Board session here.
alter table fund_grant alter column proposal_id drop not null;
alter table fund_grant alter column session_id drop not null;
alter table fund_grant add column import_id bigint;
create index fund_grant_import on fund_grant (import_id);

alter table grant_tranche add column import_ref varchar(100);
create unique index grant_tranche_import_ref on grant_tranche (import_ref);
alter table grant_refund add column import_ref varchar(100);
create unique index grant_refund_import_ref on grant_refund (import_ref);
alter table grant_report add column import_ref varchar(100);
create unique index grant_report_import_ref on grant_report (import_ref);

-- An imported reserve list was born from a Board outcome before the system: its entries have no session here.
alter table reserve_list add column import_id bigint;
alter table reserve_entry alter column session_id drop not null;
alter table reserve_entry add column import_ref varchar(100);
create unique index reserve_entry_import_ref on reserve_entry (import_ref);
