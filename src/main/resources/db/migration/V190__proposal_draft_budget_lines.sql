-- Drafts are saved as filled (issue 16 item 3): a budget line may still lack its category or its amount.
-- Submission checks that every line has both (ProposalRules.completeness).
alter table proposal_budget_line alter column category drop not null;
alter table proposal_budget_line alter column amount drop not null;
