package org.transferdesk.settings.persistence;

import static org.transferdesk.db.jooq.Tables.POLICY_SETTING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.FieldChange;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.settings.DatedValue;

public final class PolicySettingRepository {
    /** Audit rows of office settings: one per date of effect (entity id = the date's epoch day). */
    public static final String ENTITY = "policy_setting";

    private final DSLContext dsl;

    public PolicySettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> valueOn(String key, LocalDate date) {
        return dsl.select(POLICY_SETTING.SETTING_VALUE).from(POLICY_SETTING)
                .where(POLICY_SETTING.SETTING_KEY.eq(key).and(POLICY_SETTING.EFFECTIVE_FROM.le(date)))
                .orderBy(POLICY_SETTING.EFFECTIVE_FROM.desc()).limit(1)
                .fetchOptional(POLICY_SETTING.SETTING_VALUE);
    }

    /**
     * The values of {@code keys} in force on {@code date} (a key without one: absent), in one statement: the annual
     * report read its conventions key by key, eight statements a year, a tenth of its time (issue 20).
     */
    public Map<String, String> valuesOn(java.util.Collection<String> keys, LocalDate date) {
        Map<String, String> values = new java.util.HashMap<>();
        dsl.select(POLICY_SETTING.SETTING_KEY, POLICY_SETTING.SETTING_VALUE).from(POLICY_SETTING)
                .where(POLICY_SETTING.SETTING_KEY.in(keys).and(POLICY_SETTING.EFFECTIVE_FROM.le(date)))
                .orderBy(POLICY_SETTING.EFFECTIVE_FROM)
                .forEach(r -> values.put(r.value1(), r.value2()));
        return values;
    }

    /** Every recorded value of {@code key}, newest date of effect first. */
    public List<DatedValue> history(String key) {
        return dsl.select(POLICY_SETTING.EFFECTIVE_FROM, POLICY_SETTING.SETTING_VALUE).from(POLICY_SETTING)
                .where(POLICY_SETTING.SETTING_KEY.eq(key))
                .orderBy(POLICY_SETTING.EFFECTIVE_FROM.desc())
                .fetch(r -> new DatedValue(r.value1(), r.value2()));
    }

    public void put(String key, LocalDate effectiveFrom, String value) {
        put(dsl, key, effectiveFrom, value);
    }

    /** Records several values from one date in one transaction, with an audit row of what changed. */
    public void putAll(Map<String, String> values, LocalDate effectiveFrom, String actor, LocalDateTime now) {
        org.transferdesk.db.WriteFailures.retryWhenHostLeft(() -> dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            // `policy set` / `setting set` writes several dated values at once: a second writer in another process
            // waits for the first instead of giving up after the statement lock wait (issue 19)
            org.transferdesk.db.WriteMutex.take(dsl, tx,
                    new org.transferdesk.db.WriteMutex.Holder(org.transferdesk.db.WriteMutex.SETTINGS, actor, now));
            List<FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> e : values.entrySet()) {
                String before = tx.select(POLICY_SETTING.SETTING_VALUE).from(POLICY_SETTING)
                        .where(POLICY_SETTING.SETTING_KEY.eq(e.getKey())
                                .and(POLICY_SETTING.EFFECTIVE_FROM.eq(effectiveFrom)))
                        .fetchOptional(POLICY_SETTING.SETTING_VALUE).orElse(null);
                if (!e.getValue().equals(before)) {
                    changes.add(new FieldChange(e.getKey(), before, e.getValue()));
                }
                put(tx, e.getKey(), effectiveFrom, e.getValue());
            }
            AuditRepository.append(tx, new AuditEntry(now, actor, ENTITY, effectiveFrom.toEpochDay(),
                    AuditAction.UPDATE, changes));
            return null;
        }));
    }

    private static void put(DSLContext dsl, String key, LocalDate effectiveFrom, String value) {
        // insert or, on the key and date already there, update: MERGE on H2, ON CONFLICT on PostgreSQL (14 has no MERGE)
        dsl.insertInto(POLICY_SETTING, POLICY_SETTING.SETTING_KEY, POLICY_SETTING.EFFECTIVE_FROM,
                        POLICY_SETTING.SETTING_VALUE)
                .values(key, effectiveFrom, value)
                .onDuplicateKeyUpdate().set(POLICY_SETTING.SETTING_VALUE, value)
                .execute();
    }
}
