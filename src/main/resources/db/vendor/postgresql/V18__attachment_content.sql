-- Issue 21: on the shared database the attached documents (diligence files, pilot documents) are kept in the
-- database, so every colleague opens the same document; the records keep its stored path, SHA-256 and size as
-- before, and the content is checked against them when it is read.
CREATE TABLE attachment_content (
    stored_path VARCHAR(300) PRIMARY KEY,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL CHECK (size_bytes >= 0),
    content     BYTEA        NOT NULL
);
CREATE TRIGGER attachment_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON attachment_content
    FOR EACH STATEMENT EXECUTE FUNCTION transferdesk_notify_change();
