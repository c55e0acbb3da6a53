package org.transferdesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.due.DueService;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.deal.ApprovalTiers;
import org.transferdesk.deal.PublicityNoticeService;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.pilot.PilotSettings;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.settings.OfficeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Office rules with a date of effect: {@code setting KEY} shows the value in force (today or
 * {@code --on DATE}); {@code setting KEY VALUE --from DATE} records a new value from that date on.
 */
@Command(name = "setting", mixinStandardHelpOptions = true)
public final class SettingCommand extends CliCommand<SettingCommand.Services> {
    record Services(OfficeSettings office, Clock clock) {
    }

    public SettingCommand() {
        super(context -> new Services(context.office(), context.clock()));
    }

    @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "KEY")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", descriptionKey = "VALUE")
    String value;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD")
    LocalDate on;

    private static final java.util.Set<String> KEYS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            OfficeSettings.PRICE_PUBLICITY_DAYS, OfficeSettings.APPROVAL_TIERS, PublicityNoticeService.OBJECTION_CONTACT,
            RewardPolicyService.UNIT_NAME, RewardPolicyService.UNIT_CREDIT_CODE, RewardPolicyService.UNIT_NON_PROFIT,
            PilotSettings.PUBLICITY_DAYS, PilotSettings.MIN_USE_YEARS, PilotSettings.SHORT_FIRST_TERM,
            PilotSettings.REMINDER_DAYS, DueService.REMINDER_DAYS, DueService.REMIND_FROM, DueService.REPORT_DEADLINE),
            java.util.stream.Stream.concat(FeeSettings.KEYS.stream(),
                    org.transferdesk.report.ReportConventions.KEYS.stream())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    protected Integer run(Services services) {
        OfficeSettings office = services.office();
        if (!KEYS.contains(key)) {
            throw new UserFacingException("cli.setting.unknownKey", key);
        }
        if (value == null) {
            LocalDate date = on == null ? LocalDate.now(services.clock()) : on;
            out().println(key + " = " + office.valueOn(key, date).orElse(I18n.t("cli.setting.unset")));
            return 0;
        }
        if (from == null) {
            throw new UserFacingException("cli.setting.fromRequired");
        }
        check(value);
        // audited as the signed-in user's change, as the app's settings windows are (issue 22)
        office.setAll(from, java.util.Map.of(key, value.strip()), java.time.LocalDateTime.now(services.clock()));
        out().println(I18n.t("cli.setting.saved", key, value.strip(), from));
        return 0;
    }

    /** A rule value that would break the rule engine is refused before it is stored. */
    private void check(String candidate) {
        try {
            if (OfficeSettings.PRICE_PUBLICITY_DAYS.equals(key) && Integer.parseInt(candidate.strip()) < 1) {
                throw new NumberFormatException();
            }
            if (PilotSettings.KEYS.contains(key)) {
                PilotSettings.check(key, candidate);
            }
            if (FeeSettings.KEYS.contains(key)) {
                FeeSettings.check(key, candidate);
            }
            if (key.startsWith("due.") || DueService.REPORT_DEADLINE.equals(key)) {
                DueService.check(key, candidate);
            }
            if (org.transferdesk.report.ReportConventions.KEYS.contains(key)) {
                org.transferdesk.report.ReportConventions.check(key, candidate);
            }
            if (OfficeSettings.APPROVAL_TIERS.equals(key)) {
                ApprovalTiers.parse(candidate.strip());
            }
            if (RewardPolicyService.UNIT_NON_PROFIT.equals(key)
                    && !candidate.strip().equals("true") && !candidate.strip().equals("false")) {
                throw new IllegalArgumentException("true or false");
            }
            if (RewardPolicyService.UNIT_CREDIT_CODE.equals(key) && !CreditCode.hasValidShape(candidate)) {
                throw new IllegalArgumentException("credit code check failed");
            }
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.setting.badValue", new Object[] {key, candidate}, e);
        }
    }
}
