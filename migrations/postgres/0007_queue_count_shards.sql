-- The queue counters of 0003, split in shards: a change counts on the
-- shard of its case (the case number modulo 16), and a count is the sum of
-- its shards. Agents of one unit taking cases at the same moment then
-- update different rows instead of all waiting for the unit's one "new"
-- counter until each of them commits.
ALTER TABLE queue_counts ADD COLUMN shard SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE queue_counts DROP CONSTRAINT queue_counts_pkey;
ALTER TABLE queue_counts ADD PRIMARY KEY (unit_code, status, shard);
