-- Sex, as ФИС ФРДО asks for it on every education document: M or F, unknown until filled in.

ALTER TABLE people ADD COLUMN sex CHAR(1) NULL AFTER birth_date;
