-- What a post-training report (แบบรายงานผลการฝึกอบรม) says besides its dates: where the training
-- took place, what was learned and how it will be used in the trainee's work. Reports filed
-- before these were kept have none of them (NULL), and the printed form leaves dotted lines.
ALTER TABLE training_report ADD COLUMN place CHARACTER VARYING(500);
ALTER TABLE training_report ADD COLUMN learned CHARACTER VARYING(20000);
ALTER TABLE training_report ADD COLUMN planned_use CHARACTER VARYING(20000);
