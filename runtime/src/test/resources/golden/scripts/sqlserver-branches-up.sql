-- Retort: upgrade from base to c4cccc on SQL Server
-- 6 revision(s), in this order: a0aaaa, b1bbbb, b2bbbb, d1dddd, m3mmmm, c4cccc
-- Each revision's statements end with the version-table statement that records it; run the
-- script as one transaction where the database allows DDL in one (psql --single-transaction
-- -v ON_ERROR_STOP=1 -f ...), and stop at the first error everywhere.

-- The version table, [retort_version]
CREATE TABLE [retort_version] ([revision] VARCHAR(128) NOT NULL, [parents] VARCHAR(1000) NOT NULL, [message] VARCHAR(500) NULL, [checksum] VARCHAR(80) NOT NULL, [applied_at] DATETIMEOFFSET(3) NOT NULL, [applied_by] VARCHAR(128) NULL, [execution_ms] BIGINT NOT NULL, [success] BIT NOT NULL, PRIMARY KEY ([revision]));

-- Upgrade revision a0aaaa: room (parents: none)
CREATE TABLE [room] ([id] BIGINT NOT NULL, [name] VARCHAR(40) NULL, PRIMARY KEY ([id]));
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'a0aaaa', N'', N'room', N'v1:43ce774717d6f9ddb3f228f372e51ef6479f132f8303c0adf2f1038a90a32e80', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);

-- Upgrade revision b1bbbb: shelf (parents: a0aaaa)
CREATE TABLE [shelf] ([id] BIGINT NOT NULL, [name] VARCHAR(40) NULL, PRIMARY KEY ([id]));
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'b1bbbb', N'a0aaaa', N'shelf', N'v1:80ecf7f492dfbb8c1f0c5705462fe9b00eb149a1e3d84b11971739d2df1c195e', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);

-- Upgrade revision b2bbbb: shelf label (parents: b1bbbb)
ALTER TABLE [shelf] ADD [label] VARCHAR(20) NULL;
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'b2bbbb', N'b1bbbb', N'shelf label', N'v1:cbc550ccc6def55a4a9a13bcf22ce4685251bd085b2a0d8afdd94e0e7aa92da2', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);

-- Upgrade revision d1dddd: desk (parents: a0aaaa)
CREATE TABLE [desk] ([id] BIGINT NOT NULL, [name] VARCHAR(40) NULL, PRIMARY KEY ([id]));
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'd1dddd', N'a0aaaa', N'desk', N'v1:1ba8a67836ff3603ceb0bf6b8e80f453ce6e7ac2464dedc43147c6d871b8a5cb', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);

-- Upgrade revision m3mmmm: merge (parents: b2bbbb, d1dddd)
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'm3mmmm', N'b2bbbb,d1dddd', N'merge', N'v1:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);

-- Upgrade revision c4cccc: room name index (parents: m3mmmm)
CREATE INDEX [ix_room_name] ON [room] ([name]);
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'c4cccc', N'm3mmmm', N'room name index', N'v1:f822ab1f7b011a5f27f859c4ce8e61c8e2d9945e5f94a9d933164901cdcc9fe5', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);
