package org.transferdesk.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;
import org.transferdesk.audit.AuditChain;

/**
 * The embedded database's audit chain (issue 22, migration V19 for H2): as the PostgreSQL trigger {@code
 * audit_log_chain} does on the server, this BEFORE INSERT trigger locks the head row, gives the new row the next
 * place, the head's hash as its previous hash and its own hash ({@link AuditChain}), whatever the insert said, and
 * moves the head: every writer of audit rows (the app, the demo, the import, a copy) is chained alike. As a BEFORE
 * UPDATE or DELETE trigger it refuses the change: audit rows are append-only. Whoever holds the file can drop the
 * triggers; the chain and the anchors in backups and exports are what show it then.
 */
public final class AuditChainH2Trigger implements Trigger {
    private static final String LOCK_HEAD = "select seq, row_hash from audit_chain_head where id = 1 for update";
    private static final String MOVE_HEAD = "update audit_chain_head set seq = ?, row_hash = ? where id = 1";

    private int seq;
    private int prevHash;
    private int rowHash;
    private int occurredAt;
    private int actor;
    private int entity;
    private int entityId;
    private int action;
    private int changes;
    private int origin;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        Map<String, Integer> columns = new HashMap<>();
        try (PreparedStatement p = conn.prepareStatement("select column_name, ordinal_position "
                + "from information_schema.columns where table_schema = ? and table_name = ?")) {
            p.setString(1, schemaName);
            p.setString(2, tableName);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2) - 1);
                }
            }
        }
        seq = column(columns, "seq");
        prevHash = column(columns, "prev_hash");
        rowHash = column(columns, "row_hash");
        occurredAt = column(columns, "occurred_at");
        actor = column(columns, "actor");
        entity = column(columns, "entity");
        entityId = column(columns, "entity_id");
        action = column(columns, "action");
        changes = column(columns, "changes");
        origin = column(columns, "origin");
    }

    private static int column(Map<String, Integer> columns, String name) throws SQLException {
        Integer index = columns.get(name);
        if (index == null) {
            throw new SQLException("audit_log has no column " + name);
        }
        return index;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                    "42501");
        }
        long headSeq;
        String headHash;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(LOCK_HEAD)) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: the audit chain cannot be continued", "55000");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long next = headSeq + 1;
        String hash = AuditChain.hash(new AuditChain.Link(next, timestamp(newRow[occurredAt]), (String) newRow[actor],
                (String) newRow[entity], ((Number) newRow[entityId]).longValue(), (String) newRow[action],
                (String) newRow[changes], (String) newRow[origin], headHash));
        newRow[seq] = next;
        newRow[prevHash] = headHash;
        newRow[rowHash] = hash;
        try (PreparedStatement p = conn.prepareStatement(MOVE_HEAD)) {
            p.setLong(1, next);
            p.setString(2, hash);
            p.executeUpdate();
        }
    }

    private static LocalDateTime timestamp(Object value) {
        if (value instanceof LocalDateTime t) {
            return AuditChain.stored(t);
        }
        if (value instanceof Timestamp t) {
            return AuditChain.stored(t.toLocalDateTime());
        }
        throw new IllegalStateException("occurred_at is " + value);
    }

    /**
     * Chains the rows written before V19, in id order, and writes the head row: called once by the H2 migration
     * V19 through a temporary alias, before the triggers exist.
     */
    public static void seal(Connection conn) throws SQLException {
        long place = 0;
        String prev = AuditChain.GENESIS;
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("select id, occurred_at, actor, entity, entity_id, action, changes, origin "
                     + "from audit_log order by id");
             PreparedStatement update = conn.prepareStatement(
                     "update audit_log set seq = ?, prev_hash = ?, row_hash = ? where id = ?")) {
            int pending = 0;
            while (rs.next()) {
                place++;
                String hash = AuditChain.hash(new AuditChain.Link(place,
                        AuditChain.stored(rs.getObject(2, LocalDateTime.class)), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), prev));
                update.setLong(1, place);
                update.setString(2, prev);
                update.setString(3, hash);
                update.setLong(4, rs.getLong(1));
                update.addBatch();
                if (++pending == 1_000) {
                    update.executeBatch();
                    pending = 0;
                }
                prev = hash;
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (PreparedStatement p = conn.prepareStatement(
                "insert into audit_chain_head (id, seq, row_hash) values (1, ?, ?)")) {
            p.setLong(1, place);
            p.setString(2, prev);
            p.executeUpdate();
        }
    }
}
