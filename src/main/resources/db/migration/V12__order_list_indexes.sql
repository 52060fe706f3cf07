-- Indexes for the API's order list on a big store (issue 11, bench/run --scenario store-100k). With 100,000 orders
-- HSQLDB answered GET /orders (newest first: ORDER BY date_added DESC, id DESC, 50 a page) by sorting the whole table,
-- about 1 s a page, and a source_id filter by reading every order (0.6 s): the unique key (source_name, source_id)
-- does not serve source_id alone. Measured on HSQLDB with 100,000 rows: a page 1,000-2,000 ms -> 0.4-3 ms, a source_id
-- filter 600 -> 3 ms.
-- * the list's sort orders (date_added or date_updated, then id) each read from one index in order, which also
--   serves the date filters (search_start/end, modified_start/end) and the sweep's oldest-change-first read; the
--   single-column indexes they replace start with the same column;
-- * source_id on its own index.
CREATE INDEX orders_date_added_id_idx ON orders (date_added, id);
DROP INDEX orders_date_added_idx;
CREATE INDEX orders_date_updated_id_idx ON orders (date_updated, id);
DROP INDEX orders_date_updated_idx;
CREATE INDEX orders_source_id_idx ON orders (source_id);
