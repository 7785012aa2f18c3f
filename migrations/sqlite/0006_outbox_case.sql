-- The case a queued mail belongs to, so that the mail goes with the case
-- when the case is deleted at the end of its retention period.
ALTER TABLE outbox ADD COLUMN submission_id INTEGER REFERENCES submissions (id) ON DELETE CASCADE;
CREATE INDEX outbox_by_case ON outbox (submission_id);
