-- One 4over catalog sync at a time across every node of the database: a running sync's row holds running_slot = 1,
-- which the UNIQUE constraint lets one row have (NULLs, the finished runs, are not counted). The scheduled syncs are
-- clustered Quartz jobs already; this also covers on-demand syncs (REST, JMX) started on any node.
ALTER TABLE fourover_catalog_syncs ADD COLUMN running_slot INTEGER;
ALTER TABLE fourover_catalog_syncs ADD CONSTRAINT fourover_catalog_syncs_one_running UNIQUE (running_slot);
