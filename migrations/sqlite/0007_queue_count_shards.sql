-- The queue counters of 0003, split in shards: a change counts on the
-- shard of its case (the case number modulo 16), and a count is the sum of
-- its shards (see the PostgreSQL migration: SQLite has one writer at a
-- time anyway, but both backends keep the same schema).
CREATE TABLE queue_counts_sharded (
    unit_code   TEXT NOT NULL,
    status      TEXT NOT NULL,
    shard       INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (unit_code, status, shard)
);
INSERT INTO queue_counts_sharded (unit_code, status, shard, n)
SELECT unit_code, status, 0, n FROM queue_counts;
DROP TABLE queue_counts;
ALTER TABLE queue_counts_sharded RENAME TO queue_counts;
