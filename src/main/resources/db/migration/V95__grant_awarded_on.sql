-- Issue 14 (fund report): a report for two dates counts the grants awarded between them, by the day the
-- Board decided the award (fund_grant.awarded_on, added by V77).
create index fund_grant_awarded_on on fund_grant (awarded_on);
