-- Indexes HSQLDB's planner takes (issue 11). HSQLDB answered "the jobs of order X at vendor V" (plan, claim, jobs)
-- from an index that starts with the vendor, (vendor, job_name) or (vendor, state), reading every job of the vendor:
-- each order took longer than the one before, and 10,000 podOS orders fell from 25 to 10 orders/s. EXPLAIN PLAN FOR
-- shows it choosing so whenever such an index matches a condition, even with (order_id, vendor) there, so:
-- * the job-name constraint is (job_name, vendor), still one name per vendor, found by both columns;
-- * the jobs of one order come from (order_id, vendor, state), which also serves order_id alone;
-- * (vendor, state) goes: vendor_jobs_due_idx (vendor, state, next_check_at) starts with the same columns;
-- * the SENDING jobs past their timeout (the sweep) get (state, updated_at) instead of a full scan.
-- ALTER TABLE ... CONSTRAINT, CREATE INDEX and DROP INDEX are spelt alike by HSQLDB and PostgreSQL.
ALTER TABLE vendor_jobs DROP CONSTRAINT vendor_jobs_name_unique;
ALTER TABLE vendor_jobs ADD CONSTRAINT vendor_jobs_name_unique UNIQUE (job_name, vendor);
CREATE INDEX vendor_jobs_order_vendor_idx ON vendor_jobs (order_id, vendor, state);
DROP INDEX vendor_jobs_order_idx;
DROP INDEX vendor_jobs_state_idx;
CREATE INDEX vendor_jobs_state_updated_idx ON vendor_jobs (state, updated_at);
