package org.transferdesk.settings.persistence;

import static org.transferdesk.db.jooq.Tables.POLICY_SETTING;

import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;

public final class PolicySettingRepository {
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

    public void put(String key, LocalDate effectiveFrom, String value) {
        dsl.mergeInto(POLICY_SETTING)
                .using(dsl.selectOne())
                .on(POLICY_SETTING.SETTING_KEY.eq(key).and(POLICY_SETTING.EFFECTIVE_FROM.eq(effectiveFrom)))
                .whenMatchedThenUpdate().set(POLICY_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(POLICY_SETTING.SETTING_KEY, POLICY_SETTING.EFFECTIVE_FROM,
                        POLICY_SETTING.SETTING_VALUE)
                .values(key, effectiveFrom, value)
                .execute();
    }
}
