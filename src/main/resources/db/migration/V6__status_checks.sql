-- When each open vendor job is next asked about: the status polls take only the jobs that are due, oldest due
-- first, instead of every open job at every poll. submitted_at is when the vendor accepted the job: the wait
-- between two checks grows with the job's age (see StatusCheckSchedule). Only ADD COLUMN, UPDATE and CREATE INDEX,
-- which HSQLDB and PostgreSQL spell alike.
ALTER TABLE vendor_jobs ADD COLUMN submitted_at TIMESTAMP;
ALTER TABLE vendor_jobs ADD COLUMN next_check_at TIMESTAMP;
-- Jobs at the vendor before this migration: their age counts from when they were planned, and the open ones are
-- due at once, oldest first, as every open job was at every poll until now.
UPDATE vendor_jobs SET submitted_at = created_at WHERE state IN ('SUBMITTED', 'SHIPPED');
UPDATE vendor_jobs SET next_check_at = updated_at WHERE state = 'SUBMITTED';
-- "The due jobs of vendor X, oldest due first": one range of this index.
CREATE INDEX vendor_jobs_due_idx ON vendor_jobs (vendor, state, next_check_at);
