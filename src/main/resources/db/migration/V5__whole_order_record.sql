-- The rest of Order Desk's order record, so that its clients' orders round-trip. Only ADD COLUMN, which HSQLDB and
-- PostgreSQL spell alike. order_notes becomes a list of notes kept as JSON in order_notes_json; an order stored
-- before keeps its one string in order_notes and reads back as one note.
ALTER TABLE orders ADD COLUMN cc_number_masked VARCHAR(64);
ALTER TABLE orders ADD COLUMN cc_exp VARCHAR(20);
ALTER TABLE orders ADD COLUMN processor_response VARCHAR(1000);
ALTER TABLE orders ADD COLUMN processor_balance DECIMAL(14,2);
ALTER TABLE orders ADD COLUMN refund_total DECIMAL(14,2);
ALTER TABLE orders ADD COLUMN email_count INTEGER;
ALTER TABLE orders ADD COLUMN tag_color VARCHAR(50);
ALTER TABLE orders ADD COLUMN tag_name VARCHAR(255);
ALTER TABLE orders ADD COLUMN discount_list_json VARCHAR(100000);
ALTER TABLE orders ADD COLUMN order_notes_json VARCHAR(1000000);
CREATE INDEX orders_tag_name_idx ON orders (tag_name);

ALTER TABLE order_items ADD COLUMN category_code VARCHAR(255);
