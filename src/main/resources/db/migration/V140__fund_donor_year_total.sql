-- Issue 14 (fund report): money paid in per value year and donor, kept beside the fund's totals as entries are
-- booked, so the report reads a few hundred rows instead of every contribution. donor_id 0: an entry without a
-- donor (its donor group says which kind, NONE when it has none either). Filled here from the entries so far.
create table fund_donor_year_total (
    value_year  integer       not null,
    donor_id    bigint        not null,
    donor_group varchar(20)   not null,
    amount      numeric(19,2) not null,
    entry_count bigint        not null,
    primary key (value_year, donor_id, donor_group)
);

insert into fund_donor_year_total (value_year, donor_id, donor_group, amount, entry_count)
select value_year, coalesce(donor_id, 0), coalesce(donor_group, 'NONE'), sum(amount), count(*)
from ledger_entry where bucket = 'PAID_IN'
group by value_year, coalesce(donor_id, 0), coalesce(donor_group, 'NONE');
