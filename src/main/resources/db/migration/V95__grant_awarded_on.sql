-- Issue 14 (fund report): the day the Board decided the award, so that a report for two dates counts the
-- grants awarded between them. Grants made before this column existed take the day they were created.
alter table fund_grant add column awarded_on date;
update fund_grant set awarded_on = cast(created_at as date);
create index fund_grant_awarded_on on fund_grant (awarded_on);
