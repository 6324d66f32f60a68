-- What a translator reads beside a segment: the XLIFF <file> it belongs to and its unit's notes, as JSON
-- {"file":…,"notes":[…]}; null where the file had none (text pairs, and documents imported before this).
alter table segment add column context clob;
