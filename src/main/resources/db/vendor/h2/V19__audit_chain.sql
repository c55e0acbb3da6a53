-- Issue 22: a tamper-evident audit trail; the columns and the head row as in the PostgreSQL twin of this version
-- (read its comments). The embedded database has no PL/pgSQL: Java triggers of the audit package write the chain
-- (AuditChainH2Trigger: the same encoding as the server's audit_chain_hash, computed by AuditChain) and refuse
-- updates and deletes. The rows written before this version are chained here, in id order, by the same class, called
-- once through a temporary alias (Flyway runs SQL migrations only; the class must keep its name and method).
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN origin VARCHAR(8) NOT NULL DEFAULT 'APP';
CREATE UNIQUE INDEX ux_audit_log_seq ON audit_log (seq);

CREATE TABLE audit_chain_head (
    id       INT         PRIMARY KEY CHECK (id = 1),
    seq      BIGINT      NOT NULL,
    row_hash VARCHAR(64) NOT NULL
);

CREATE ALIAS audit_chain_seal FOR 'org.transferdesk.audit.persistence.AuditChainH2Trigger.seal';
CALL audit_chain_seal();
DROP ALIAS audit_chain_seal;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW
    CALL 'org.transferdesk.audit.persistence.AuditChainH2Trigger';
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL 'org.transferdesk.audit.persistence.AuditChainH2Trigger';
