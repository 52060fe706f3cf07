-- The PrintRelay processes working on this database (issue 12). Each node writes its own row when it starts,
-- moves last_seen on every heartbeat and deletes it when it stops; a node that was killed leaves a row that stops
-- moving. A job a node claimed (SENDING) names that node in claimed_by, so that once the node is known to be gone
-- (its heartbeat stale, or on the same host its process gone) another node settles the job at once instead of
-- waiting out the sending-timeout. The (state, updated_at) index already finds the SENDING jobs.
CREATE TABLE nodes (
    node_id    VARCHAR(200)  NOT NULL PRIMARY KEY,
    host       VARCHAR(255)  NOT NULL,
    pid        BIGINT        NOT NULL,
    started_at TIMESTAMP     NOT NULL,
    last_seen  TIMESTAMP     NOT NULL
);
ALTER TABLE vendor_jobs ADD COLUMN claimed_by VARCHAR(200);
