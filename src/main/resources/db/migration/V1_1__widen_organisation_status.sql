-- The status INFORMATION_REQUESTED has 21 characters: varchar(20) refused it, so a fund manager could
-- never ask an NGO for more information. V1_1 (not V2) so that it cannot clash with other features' V2.
alter table organisation alter column status set data type varchar(30);
