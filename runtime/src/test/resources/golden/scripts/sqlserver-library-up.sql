-- Retort: upgrade from base to 0002 on SQL Server
-- 2 revision(s), in this order: 0001, 0002
-- Each revision's statements end with the version-table statement that records it; run the
-- script as one transaction where the database allows DDL in one (psql --single-transaction
-- -v ON_ERROR_STOP=1 -f ...), and stop at the first error everywhere.

-- The version table, [retort_version]
CREATE TABLE [retort_version] ([revision] VARCHAR(128) NOT NULL, [parents] VARCHAR(1000) NOT NULL, [message] VARCHAR(500) NULL, [checksum] VARCHAR(80) NOT NULL, [applied_at] DATETIMEOFFSET(3) NOT NULL, [applied_by] VARCHAR(128) NULL, [execution_ms] BIGINT NOT NULL, [success] BIT NOT NULL, PRIMARY KEY ([revision]));

-- Upgrade revision 0001: create author and book (parents: none)
CREATE TABLE [author] ([id] BIGINT IDENTITY NOT NULL, [name] VARCHAR(120) NOT NULL, PRIMARY KEY ([id]), CONSTRAINT [uk_author_name] UNIQUE ([name]));
CREATE TABLE [book] ([id] BIGINT IDENTITY NOT NULL, [title] VARCHAR(200) NOT NULL, [author_id] BIGINT NOT NULL, [price] NUMERIC(10,2) NULL, [published] DATE NULL, PRIMARY KEY ([id]), CONSTRAINT [fk_book_author] FOREIGN KEY ([author_id]) REFERENCES [author] ([id]));
CREATE INDEX [ix_book_title] ON [book] ([title]);
CREATE SEQUENCE [loan_seq] START WITH 1 INCREMENT BY 50;
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'0001', N'', N'create author and book', N'v1:59ed583944848b45ac07f0273b4b6d57a03d95c1fb0afc14a8df7dd57900cfe3', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);

-- Upgrade revision 0002: add isbn and stock to book (parents: 0001)
ALTER TABLE [book] ADD [isbn] CHAR(13) NULL;
ALTER TABLE [book] ADD [in_stock] INT CONSTRAINT [DF_book_in_stock] DEFAULT 1 NOT NULL;
UPDATE book SET isbn = CONCAT('000000000000', id);
CREATE UNIQUE INDEX [ix_book_isbn] ON [book] ([isbn]);
INSERT INTO [retort_version] ([revision], [parents], [message], [checksum], [applied_at], [applied_by], [execution_ms], [success]) VALUES (N'0002', N'0001', N'add isbn and stock to book', N'v1:b9e7e1086b92293640d775e98e39c2821a0cfa2a260c7abd042d2947907445b3', SYSDATETIMEOFFSET(), CURRENT_USER, 0, 1);
