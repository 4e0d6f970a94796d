-- Issue 14 (fund report): the partial years at a report period's ends sum accepted reports by due date.
create index grant_report_due_on on grant_report (due_on, status);
