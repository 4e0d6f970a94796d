-- A generated recommendation reason keeps its bundle key and arguments, so that each reader sees it in their
-- own language with amounts written for people (issue 16). recommendation_note keeps the English text (the
-- record, also used where a text is needed); a reason the fund manager typed has no key and is shown as typed.
alter table proposal add column recommendation_key varchar(100);
alter table proposal add column recommendation_args varchar(1000);
-- The one generated reason without numbers can be keyed for older rows too.
update proposal set recommendation_key = 'ranking.reason.beyondMoney', recommendation_args = '[]'
 where recommendation_adjusted = false
   and recommendation_note = 'At or above the quality threshold, but beyond the money available';
