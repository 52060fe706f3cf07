-- The embedded database reads and writes its .data file through the file system, not through a memory-mapped
-- view of it (HSQLDB's default, up to 256 MB of the file): a mapped file counts in the process's resident memory,
-- so PrintRelay's RSS grew with the store (store-100k: 128 MB of its 616 MB peak were the mapped file; 498 MB
-- without). HSQLDB keeps its own cache of rows (SET FILES CACHE ROWS), and the operating system's page cache
-- still holds the file. A database made since this migration has it from the JDBC URL
-- (hsqldb.nio_data_file=false, spring.datasource.url); one made before is switched here. It is a setting of the
-- database's files, kept in its .script, and takes effect at the next start. (12.1: HSQLDB's alone, so that the
-- next migration both databases share can still be V13.)
SET FILES NIO FALSE;
