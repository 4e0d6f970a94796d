-- A pledge follow-up's subject names a Member State donor by a country mark, shown in the reader's language
-- (issue 16). Open follow-ups labelled before lose their English label and are described again when read.
update task_list_entry set subject_label = null, subject_link = null where process_key = 'pledgeFollowUp';
