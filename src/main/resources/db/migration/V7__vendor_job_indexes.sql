-- Indexes HSQLDB's planner takes (issue 11). With (vendor, job_name) and (vendor, state) to choose from, HSQLDB
-- answered "the jobs of order X at vendor V" (plan, claim, jobs) from the vendor's index, reading every job of the
-- vendor: each order took longer than the one before, and 10,000 podOS orders fell from 25 to 10 orders/s.
-- (order_id, vendor) is what those statements ask; EXPLAIN PLAN FOR shows HSQLDB using it. The (vendor, state)
-- index goes: vendor_jobs_due_idx (vendor, state, next_check_at) starts with the same columns, and with both there
-- HSQLDB read the due jobs from the shorter one and sorted them. (order_id) alone is covered by the new index's
-- first column. The SENDING jobs past their timeout (the sweep) get an index of their own instead of a full scan.
-- CREATE INDEX and DROP INDEX are spelt alike by HSQLDB and PostgreSQL.
CREATE INDEX vendor_jobs_order_vendor_idx ON vendor_jobs (order_id, vendor);
DROP INDEX vendor_jobs_order_idx;
DROP INDEX vendor_jobs_state_idx;
CREATE INDEX vendor_jobs_state_updated_idx ON vendor_jobs (state, updated_at);
