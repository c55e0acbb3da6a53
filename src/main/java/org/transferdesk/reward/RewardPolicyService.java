package org.transferdesk.reward;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Province;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.settings.OfficeSettings;

/**
 * R-POLICY as effective-dated office data: the policy in force on a date is the version with the latest
 * date of effect on or before it; before any version the national floor applies (with the R-BONUS floors of
 * that date). A version below its
 * jurisdiction's floor is never stored. Also keeps the unit's profile the tax filings need.
 */
public final class RewardPolicyService implements RewardPolicies {
    public static final String UNIT_NAME = "unit.name";
    public static final String UNIT_CREDIT_CODE = "unit.creditCode";
    public static final String UNIT_NON_PROFIT = "unit.nonProfit";
    /** The unit's province (GB/T 2260 code): R-REPORT-MORE's 本地转化; empty while not set. */
    public static final String UNIT_PROVINCE = "unit.province";

    private static final Map<String, Preset> CHINESE_NAMES = Map.of("国家", Preset.NATIONAL, "全国", Preset.NATIONAL,
            "北京", Preset.BEIJING, "上海", Preset.SHANGHAI, "浙江", Preset.ZHEJIANG, "山东", Preset.SHANDONG,
            "山西", Preset.SHANXI);

    private final OfficeSettings office;
    private final Clock clock;

    public RewardPolicyService(OfficeSettings office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    @Override
    public RewardPolicy policyOn(LocalDate date) {
        return office.valueOn(RewardPolicyCodec.SETTING_KEY, date).map(RewardPolicyCodec::decode)
                .orElseGet(() -> Preset.NATIONAL.policyOn(date));
    }

    /** The policy in force today. */
    public RewardPolicy current() {
        return policyOn(LocalDate.now(clock));
    }

    /** Every recorded version, newest date of effect first. */
    public List<DatedPolicy> history() {
        return office.history(RewardPolicyCodec.SETTING_KEY).stream()
                .map(v -> new DatedPolicy(v.effectiveFrom(), RewardPolicyCodec.decode(v.value()))).toList();
    }

    /**
     * Records a version in force from {@code from}; one below the floors in force on that day (R-BONUS's
     * change on 2024-01-20 included) is refused and nothing is stored.
     */
    public void set(LocalDate from, RewardPolicy policy) {
        List<Problem> problems = policy.belowFloor(from);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        office.setAll(from, Map.of(RewardPolicyCodec.SETTING_KEY, RewardPolicyCodec.encode(policy)),
                LocalDateTime.now(clock));
    }

    /** The English id (any case: {@code zhejiang}) or the Chinese name (浙江) of a preset. */
    public static Preset parsePreset(String text) {
        String wanted = text == null ? "" : text.strip();
        Preset chinese = CHINESE_NAMES.get(wanted.replace("省", "").replace("市", ""));
        if (chinese != null) {
            return chinese;
        }
        try {
            return Preset.valueOf(wanted.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.transferdesk.common.UserFacingException("rewardPolicy.unknownPreset", wanted);
        }
    }

    /** The unit's profile in force today. */
    public UnitProfile unitProfile() {
        return unitProfileOn(LocalDate.now(clock));
    }

    public UnitProfile unitProfileOn(LocalDate date) {
        return new UnitProfile(office.valueOn(UNIT_NAME, date).orElse(""),
                office.valueOn(UNIT_CREDIT_CODE, date).orElse(""),
                office.valueOn(UNIT_NON_PROFIT, date).map(Boolean::parseBoolean).orElse(true),
                unitProvinceOn(date));
    }

    /**
     * The unit's province on a day (null while not set): one setting read where the annual report needs nothing
     * else of the profile (R-REPORT-MORE 本地转化); the whole profile took four reads a year (issue 20).
     */
    public Province unitProvinceOn(LocalDate date) {
        return office.valueOn(UNIT_PROVINCE, date).flatMap(Province::ofCode).orElse(null);
    }

    /**
     * R-TAX58 condition 1 as recorded now, for any day: one read of the setting's history, so a caller that
     * judges many payments asks once per task, and picks up a change of the setting on its next task.
     */
    public NonProfitStatus nonProfitStatus() {
        return NonProfitStatus.of(office.history(UNIT_NON_PROFIT));
    }

    /** Records the unit's profile from a date; a credit code that is given must be a valid one (R-ID-USCC). */
    public void setUnitProfile(LocalDate from, UnitProfile profile) {
        List<Problem> problems = validate(profile);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ValidationException(problems);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(UNIT_NAME, profile.name());
        values.put(UNIT_CREDIT_CODE, CreditCode.normalise(profile.creditCode()));
        values.put(UNIT_NON_PROFIT, Boolean.toString(profile.nonProfit()));
        values.put(UNIT_PROVINCE, profile.province() == null ? "" : profile.province().code());
        office.setAll(from, values, LocalDateTime.now(clock));
    }

    public static List<Problem> validate(UnitProfile profile) {
        List<Problem> problems = new ArrayList<>();
        if (profile.name().length() > 200) {
            problems.add(Problem.error("rewardPolicy.unit.nameTooLong", "unitName", 200));
        }
        // a code of the wrong shape is refused; a failed check digit is only a warning (some real codes fail it)
        if (!profile.creditCode().isEmpty() && !CreditCode.hasValidShape(profile.creditCode())) {
            problems.add(Problem.error("rewardPolicy.unit.badCreditCode", "unitCreditCode", profile.creditCode()));
        } else if (!profile.creditCode().isEmpty() && !CreditCode.isValid(profile.creditCode())) {
            problems.add(Problem.warning("rewardPolicy.unit.creditCodeCheck", "unitCreditCode", profile.creditCode()));
        }
        return problems;
    }
}
