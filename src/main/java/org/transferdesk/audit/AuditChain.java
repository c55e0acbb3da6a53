package org.transferdesk.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail's hash chain (issue 22): each audit row's {@code row_hash} covers its content and the previous
 * row's hash, so a row changed, removed or slipped in afterwards shows. The canonical encoding, which the PostgreSQL
 * function {@code audit_chain_hash} (migration V19) reproduces byte for byte: the fields seq, occurred_at, actor,
 * entity, entity_id, action, changes, origin and prev_hash, in that order, each written as its UTF-8 byte length in
 * decimal, {@code ':'}, its UTF-8 bytes and a line feed; seq and entity_id in decimal, occurred_at as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSSSS} (microseconds; both databases store no finer), changes the stored JSON text exactly,
 * prev_hash {@link #GENESIS} for the first row. The hash is the lower-case hex SHA-256 of those bytes.
 */
public final class AuditChain {
    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private AuditChain() {
    }

    /** What a row's hash covers. */
    public record Link(long seq, LocalDateTime at, String actor, String entity, long entityId, String action,
                       String changes, String origin, String prevHash) {
        public Link {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(changes, "changes");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(prevHash, "prevHash");
        }
    }

    /** {@code at} as both databases store a {@code TIMESTAMP}: to the microsecond (truncated, never rounded up). */
    public static LocalDateTime stored(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical bytes of {@code link} (see the class comment). */
    public static byte[] canonical(Link link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + link.changes().length() * 3);
        field(out, Long.toString(link.seq()));
        field(out, AT.format(link.at()));
        field(out, link.actor());
        field(out, link.entity());
        field(out, Long.toString(link.entityId()));
        field(out, link.action());
        field(out, link.changes());
        field(out, link.origin());
        field(out, link.prevHash());
        return out.toByteArray();
    }

    /** The row hash of {@code link}: lower-case hex SHA-256 of its canonical bytes. */
    public static String hash(Link link) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(link)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write('\n');
    }

    /** One stored audit row as {@link Checker} reads it: its id, chain place, hashes and content. */
    public record StoredRow(long id, Long seq, String prevHash, String rowHash, LocalDateTime at, String actor,
                            String entity, long entityId, String action, String changes, String origin) {
    }

    /** The chain's latest place and hash: what a backup or export records, and what verifies against it. */
    public record Anchor(long seq, String hash) {
        public static final Anchor EMPTY = new Anchor(0, GENESIS);
    }

    /**
     * Checks a chain row by row in seq order (rows without a seq last), keeping only the last row and the first
     * problem, so any number of rows streams through in constant memory.
     */
    public static final class Checker {
        private long rows;
        private long problems;
        private long lastSeq;
        private String lastHash = GENESIS;
        private StoredRow lastRow;
        private AuditProblem first;

        public void accept(StoredRow row) {
            rows++;
            if (row.seq() == null || row.rowHash() == null || row.prevHash() == null) {
                problem(AuditProblem.Kind.UNCHAINED, row.seq() == null ? lastSeq : row.seq(), row);
                return;
            }
            long seq = row.seq();
            if (seq > lastSeq + 1) {
                problem(AuditProblem.Kind.MISSING, lastSeq + 1, row);
            }
            String expected = hash(new Link(seq, row.at(), row.actor(), row.entity(), row.entityId(), row.action(),
                    row.changes(), row.origin(), row.prevHash()));
            if (!expected.equals(row.rowHash())) {
                problem(AuditProblem.Kind.CHANGED, seq, row);
            } else if (seq == lastSeq + 1 && !row.prevHash().equals(lastHash)) {
                problem(AuditProblem.Kind.RELINKED, seq, row);
            }
            lastSeq = seq;
            lastHash = row.rowHash();
            lastRow = row;
        }

        /** The result, given the head row's place and hash ({@code null} when there is no head row). */
        public AuditVerification finish(Anchor head) {
            if (head == null) {
                problem(AuditProblem.Kind.HEAD, lastSeq, lastRow);
            } else if (head.seq() > lastSeq) {
                problem(AuditProblem.Kind.MISSING, lastSeq + 1, null);
            } else if (head.seq() != lastSeq || !head.hash().equals(lastHash)) {
                problem(AuditProblem.Kind.HEAD, lastSeq, lastRow);
            }
            return new AuditVerification(rows, new Anchor(lastSeq, lastHash), Optional.ofNullable(first), problems);
        }

        private void problem(AuditProblem.Kind kind, long seq, StoredRow row) {
            problems++;
            if (first == null) {
                first = row == null ? new AuditProblem(kind, seq, null, null, null, null, null)
                        : new AuditProblem(kind, seq, row.id(), row.entity(), row.entityId(), row.at(), row.actor());
            }
        }
    }
}
