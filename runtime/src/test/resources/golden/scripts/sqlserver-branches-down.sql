-- Retort: downgrade from c4cccc to base on SQL Server
-- 6 revision(s), in this order: c4cccc, m3mmmm, d1dddd, b2bbbb, b1bbbb, a0aaaa
-- Each revision's statements end with the version-table statement that records it; run the
-- script as one transaction where the database allows DDL in one (psql --single-transaction
-- -v ON_ERROR_STOP=1 -f ...), and stop at the first error everywhere.

-- Downgrade revision c4cccc: room name index (parents: m3mmmm)
DROP INDEX [ix_room_name] ON [room];
DELETE FROM [retort_version] WHERE [revision] = N'c4cccc';

-- Downgrade revision m3mmmm: merge (parents: b2bbbb, d1dddd)
DELETE FROM [retort_version] WHERE [revision] = N'm3mmmm';

-- Downgrade revision d1dddd: desk (parents: a0aaaa)
DROP TABLE [desk];
DELETE FROM [retort_version] WHERE [revision] = N'd1dddd';

-- Downgrade revision b2bbbb: shelf label (parents: b1bbbb)
ALTER TABLE [shelf] DROP COLUMN [label];
DELETE FROM [retort_version] WHERE [revision] = N'b2bbbb';

-- Downgrade revision b1bbbb: shelf (parents: a0aaaa)
DROP TABLE [shelf];
DELETE FROM [retort_version] WHERE [revision] = N'b1bbbb';

-- Downgrade revision a0aaaa: room (parents: none)
DROP TABLE [room];
DELETE FROM [retort_version] WHERE [revision] = N'a0aaaa';
