package org.transferdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audit chain's canonical encoding, pinned (issue 22): these digests were computed outside Java (Python's
 * hashlib over the documented encoding), and the chain repository's test compares PostgreSQL's audit_chain_hash with
 * them on the same rows.
 */
public class AuditChainTest {
    public static final String AB = "ab".repeat(32);
    public static final String HEX = "0123456789abcdef".repeat(4);

    /** Seq, time, actor, entity, entity id, action, changes, origin, previous hash and the pinned digest. */
    public static final String CASES = """
            1      | 2026-11-22T10:00:00          | clerk    | person | 7  | CREATE | []                                                  | APP | GENESIS | 5ad9dd9eff4de2e3f5b268d7636a321dd6c265004917cdafa7ba80587fc3fbb8
            2      | 2026-01-02T03:04:05.123456   | 王小明   | deal   | 42 | UPDATE | [{"field":"title","before":"旧","after":"新😀"}]    | APP | AB      | 134fb3919578c09b0d24dfa5d63af658d2d4933a32b5e966ec7110582bb245bb
            300000 | 1999-12-31T23:59:59.999999   | postgres | export | 0  | EXPORT | [{"field":"kind","before":null,"after":"备案表"}]   | DB  | HEX     | ab8dc59d7b5ef2d0539d8cf6c93f2efa3b4e2072cd0bea3479d74f177768794e
            """;

    public static AuditChain.Link link(long seq, String at, String actor, String entity, long entityId, String action,
                                String changes, String origin, String prev) {
        String prevHash = switch (prev) {
            case "GENESIS" -> AuditChain.GENESIS;
            case "AB" -> AB;
            case "HEX" -> HEX;
            default -> prev;
        };
        return new AuditChain.Link(seq, LocalDateTime.parse(at), actor, entity, entityId, action, changes, origin,
                prevHash);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = CASES)
    void hash_isTheSha256OfTheCanonicalEncoding(long seq, String at, String actor, String entity, long entityId,
                                                String action, String changes, String origin, String prev,
                                                String digest) {
        assertThat(AuditChain.hash(link(seq, at, actor, entity, entityId, action, changes, origin, prev)))
                .isEqualTo(digest);
    }

    @Test
    void canonical_writesEachFieldAsItsByteLengthColonBytesNewline_timeToTheMicrosecond() {
        byte[] bytes = AuditChain.canonical(link(1, "2026-11-22T10:00", "clerk", "person", 7, "CREATE", "[]", "APP",
                "GENESIS"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("1:1\n26:2026-11-22T10:00:00.000000\n"
                + "5:clerk\n6:person\n1:7\n6:CREATE\n2:[]\n3:APP\n64:" + "0".repeat(64) + "\n");
        // a Chinese character is three bytes, an emoji four: lengths count bytes, not characters
        assertThat(new String(AuditChain.canonical(link(1, "2026-11-22T10:00", "王", "e", 1, "A", "😀", "APP",
                "GENESIS")), StandardCharsets.UTF_8)).contains("\n3:王\n").contains("\n4:😀\n");
    }

    @Test
    void stored_truncatesToTheMicrosecond() {
        assertThat(AuditChain.stored(LocalDateTime.parse("2026-11-22T10:00:00.123456789")))
                .isEqualTo(LocalDateTime.parse("2026-11-22T10:00:00.123456"));
    }

    /** A chain of {@code n} rows as the database writes it. */
    static List<AuditChain.StoredRow> chain(int n) {
        List<AuditChain.StoredRow> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            LocalDateTime at = LocalDateTime.parse("2026-11-22T10:00").plusSeconds(i);
            String changes = "[{\"field\":\"n\",\"before\":null,\"after\":\"" + i + "\"}]";
            String hash = AuditChain.hash(new AuditChain.Link(i, at, "clerk", "person", i, "CREATE", changes, "APP",
                    prev));
            rows.add(new AuditChain.StoredRow(100 + i, (long) i, prev, hash, at, "clerk", "person", i, "CREATE",
                    changes, "APP"));
            prev = hash;
        }
        return rows;
    }

    static AuditVerification check(List<AuditChain.StoredRow> rows, AuditChain.Anchor head) {
        AuditChain.Checker checker = new AuditChain.Checker();
        rows.forEach(checker::accept);
        return checker.finish(head);
    }

    static AuditChain.Anchor headOf(List<AuditChain.StoredRow> rows) {
        AuditChain.StoredRow last = rows.get(rows.size() - 1);
        return new AuditChain.Anchor(last.seq(), last.rowHash());
    }

    @Test
    void anIntactChain_verifies_andTellsItsLatestPlaceAndHash() {
        List<AuditChain.StoredRow> rows = chain(5);
        AuditVerification result = check(rows, headOf(rows));
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        assertThat(result.latest()).isEqualTo(headOf(rows));
        assertThat(check(List.of(), AuditChain.Anchor.EMPTY).intact()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            changed  | CHANGED  | 3 | 103
            removed  | MISSING  | 3 | 104
            relinked | RELINKED | 3 | 103
            unchained| UNCHAINED| 5 | 106
            lastGone | MISSING  | 5 |
            headOff  | HEAD     | 5 | 105
            """)
    void aDamagedChain_namesItsFirstProblemRow(String damage, AuditProblem.Kind kind, long seq, Long id) {
        List<AuditChain.StoredRow> rows = new ArrayList<>(chain(5));
        AuditChain.Anchor head = headOf(rows);
        AuditChain.StoredRow third = rows.get(2);
        switch (damage) {
            case "changed" -> rows.set(2, new AuditChain.StoredRow(third.id(), third.seq(), third.prevHash(),
                    third.rowHash(), third.at(), "someone else", third.entity(), third.entityId(), third.action(),
                    third.changes(), third.origin()));
            case "removed" -> rows.remove(2);
            case "relinked" -> {
                String hash = AuditChain.hash(new AuditChain.Link(3, third.at(), third.actor(), third.entity(),
                        third.entityId(), third.action(), third.changes(), third.origin(), HEX));
                rows.set(2, new AuditChain.StoredRow(third.id(), 3L, HEX, hash, third.at(), third.actor(),
                        third.entity(), third.entityId(), third.action(), third.changes(), third.origin()));
            }
            case "unchained" -> {
                rows.add(new AuditChain.StoredRow(106, null, null, null, third.at(), third.actor(),
                        third.entity(), third.entityId(), third.action(), third.changes(), third.origin()));
            }
            case "lastGone" -> rows.remove(4);
            case "headOff" -> head = new AuditChain.Anchor(5, HEX);
            default -> throw new IllegalArgumentException(damage);
        }
        AuditVerification result = check(rows, head);
        assertThat(result.intact()).isFalse();
        AuditProblem first = result.firstProblem().orElseThrow();
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(first.seq()).isEqualTo(seq);
        assertThat(first.id()).isEqualTo(id);
    }
}
