-- The newest money-in ledger entry (contribution, refund, released commitment) a reserve list had seen when
-- it last made an offer: a message about money already seen (delivered twice by the outbox, or a periodic
-- re-check) never makes projects the Board passed over eligible again.
alter table reserve_list add column money_seen_up_to bigint;
