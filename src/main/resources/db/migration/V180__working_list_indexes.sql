-- Issue 16 item 2 (working lists): the lists filter and sort in the database; indexes for the filters and
-- orders that no index served yet (stage, submission date, organisation status, grant status, the dates of
-- pledges and contributions).
create index proposal_status on proposal (status);
create index proposal_submitted_at on proposal (submitted_at);
create index organisation_status on organisation (status, name);
create index fund_grant_status on fund_grant (status);
create index pledge_expected_on on pledge (expected_on);
create index contribution_received_on on contribution (received_on);
