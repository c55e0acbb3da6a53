-- Issue 21: the PostgreSQL twin of this version keeps attached documents in the shared database. The embedded
-- database keeps them as files in the data folder (FileStore); the table exists here too, unused, so that the same
-- code can read and write it on both (DatabaseAttachmentStore's tests run on both).
CREATE TABLE attachment_content (
    stored_path VARCHAR(300) PRIMARY KEY,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL CHECK (size_bytes >= 0),
    content     BLOB         NOT NULL
);
