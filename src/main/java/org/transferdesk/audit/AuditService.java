package org.transferdesk.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.transferdesk.audit.persistence.AuditChainRepository;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.UserFacingException;

/**
 * The audit trail as a whole (issue 22): checks its hash chain, against an earlier export's anchor too, tells the
 * chain's latest place and hash for exports to record, and records exports of personal data.
 */
public final class AuditService {
    /** The audit entity of exports. */
    public static final String EXPORT_ENTITY = "export";

    private final AuditChainRepository chain;
    private final AuditRepository audit;
    private final Clock clock;

    public AuditService(AuditChainRepository chain, AuditRepository audit, Clock clock) {
        this(chain, audit, clock, () -> true);
    }

    /**
     * {@code readsWholeTrail}: whether the signed-in account may read every audit row (issue 22: a technology
     * manager reads only their own, and a check of part of the chain would report the rest as missing).
     */
    public AuditService(AuditChainRepository chain, AuditRepository audit, Clock clock,
                        java.util.function.BooleanSupplier readsWholeTrail) {
        this.chain = chain;
        this.audit = audit;
        this.clock = clock;
        this.readsWholeTrail = readsWholeTrail;
    }

    private final java.util.function.BooleanSupplier readsWholeTrail;

    /** Recomputes the whole chain. */
    public AuditVerification verify() {
        requireWholeTrail();
        return chain.verify();
    }

    private void requireWholeTrail() {
        if (!readsWholeTrail.getAsBoolean()) {
            throw org.transferdesk.common.NotPermittedException.of(
                    org.transferdesk.common.Role.Permission.READ_AUDIT_TRAIL);
        }
    }

    /**
     * Recomputes the whole chain and checks that the row at the place {@code earlier} (a backup, a ledger or report
     * export) recorded still has the hash it recorded: a chain rewritten and rehashed since then is caught so.
     */
    public AuditVerification verifyAgainst(Path earlier) {
        requireWholeTrail();
        AuditChain.Anchor anchor;
        try {
            anchor = AuditAnchors.read(earlier)
                    .orElseThrow(() -> new UserFacingException("audit.noAnchor", earlier.toString()));
        } catch (IOException e) {
            throw new UserFacingException("audit.anchorUnreadable", new Object[] {earlier.toString(), e.getMessage()},
                    e);
        }
        AuditVerification result = verify();
        return agrees(anchor, chain.hashAt(anchor.seq())) ? result
                : result.with(new AuditProblem(AuditProblem.Kind.ANCHOR, anchor.seq(), null, null, null, null, null));
    }

    private static boolean agrees(AuditChain.Anchor anchor, Optional<String> stored) {
        return anchor.seq() == 0 ? anchor.hash().equals(AuditChain.GENESIS) : stored.filter(anchor.hash()::equals)
                .isPresent();
    }

    /** The chain's latest place and hash, for an export or backup to record. */
    public AuditChain.Anchor latest() {
        return chain.latest();
    }

}
