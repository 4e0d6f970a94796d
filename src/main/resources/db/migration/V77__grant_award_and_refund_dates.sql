-- Issue #10: a payment or refund cannot be dated before the grant's award, and a refund's ledger entry
-- carries the day the money was received. A grant's start was set to its award date when it was opened
-- (and is never moved), so existing grants take it; existing refunds take the day they were recorded.
alter table fund_grant add column awarded_on date;
update fund_grant set awarded_on = starts_on;
alter table fund_grant alter column awarded_on set not null;

alter table grant_refund add column received_on date;
update grant_refund set received_on = cast(recorded_at as date);
alter table grant_refund alter column received_on set not null;
