-- Cases per unit and status, kept in step with queue_entries by the same
-- transactions, so that the queue page's counts cost one small read even
-- with millions of cases.
CREATE TABLE queue_counts (
    unit_code   TEXT NOT NULL,
    status      TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (unit_code, status)
);
INSERT INTO queue_counts (unit_code, status, n)
SELECT unit_code, status, COUNT(*) FROM queue_entries GROUP BY unit_code, status;
