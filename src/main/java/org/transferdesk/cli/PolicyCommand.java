package org.transferdesk.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.reward.DatedPolicy;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.PublicityCalendar;
import org.transferdesk.reward.RewardPolicyLabels;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.reward.UnitProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The university's reward policy (R-POLICY): {@code policy show [--on DATE]} prints the version in force and
 * the history; {@code policy set PRESET [--from DATE] [rate options]} records a new version from a date.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Set.class})
public final class PolicyCommand {
    /** What both subcommands use: the dated reward policy and the clock that says which version is today's. */
    record Services(RewardPolicyService policies, Clock clock) {
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    public static final class Show extends CliCommand<Services> {
        public Show() {
            super(context -> new Services(context.rewardPolicies(), context.clock()));
        }

        @Option(names = "--on", paramLabel = "YYYY-MM-DD")
        LocalDate on;

        @Override
        protected Integer run(Services services) {
            RewardPolicyService policies = services.policies();
            LocalDate date = on == null ? LocalDate.now(services.clock()) : on;
            out().println(I18n.t("cli.policy.inForce", date));
            RewardPolicyLabels.lines(policies.policyOn(date)).forEach(line -> out().println("  " + line));
            UnitProfile unit = policies.unitProfileOn(date);
            out().println(I18n.t("cli.policy.unit", unit.name().isEmpty() ? "—" : unit.name(),
                    unit.creditCode().isEmpty() ? "—" : unit.creditCode(),
                    unit.nonProfit() ? I18n.t("rewardPolicy.yes") : I18n.t("rewardPolicy.no")));
            out().println();
            out().println(I18n.t("cli.policy.history"));
            var history = policies.history();
            if (history.isEmpty()) {
                out().println("  " + I18n.t("cli.policy.noHistory"));
            }
            for (DatedPolicy version : history) {
                out().println("  " + version.effectiveFrom() + "  " + RewardPolicyLabels.preset(version.policy().jurisdiction())
                        + "  " + RewardPolicyLabels.summary(version.policy()));
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    public static final class Set extends CliCommand<Services> {
        public Set() {
            super(context -> new Services(context.rewardPolicies(), context.clock()));
        }

        @Parameters(index = "0", paramLabel = "PRESET", descriptionKey = "PRESET")
        String preset;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--transfer-license", paramLabel = "PCT")
        String transferLicense;

        @Option(names = "--equity", paramLabel = "PCT")
        String equity;

        @Option(names = "--self", paramLabel = "PCT")
        String self;

        @Option(names = "--self-years", paramLabel = "N")
        String selfYears;

        @Option(names = "--key", paramLabel = "PCT")
        String key;

        @Option(names = "--transfer-staff", paramLabel = "PCT")
        String transferStaff;

        @Option(names = "--tech-contract", paramLabel = "PCT")
        String techContract;

        @Option(names = "--tech-key", paramLabel = "yes|no")
        String techKey;

        @Option(names = "--unit-university", paramLabel = "PCT")
        String unitUniversity;

        @Option(names = "--unit-school", paramLabel = "PCT")
        String unitSchool;

        @Option(names = "--unit-office", paramLabel = "PCT")
        String unitOffice;

        @Option(names = "--publicity-days", paramLabel = "N")
        String publicityDays;

        @Option(names = "--publicity-calendar", paramLabel = "working|calendar")
        String publicityCalendar;

        @Option(names = "--leader-equity", paramLabel = "waive|cash")
        String leaderEquity;

        @Option(names = "--deductible", paramLabel = "CATEGORIES")
        String deductible;

        @Option(names = "--invention-bonus", paramLabel = "YUAN")
        String inventionBonus;

        @Option(names = "--other-bonus", paramLabel = "YUAN")
        String otherBonus;

        @Override
        protected Integer run(Services services) {
            LocalDate date = from == null ? LocalDate.now(services.clock()) : from;
            // R-BONUS: bonuses not given are the floors in force on the version's date of effect
            RewardPolicy base = RewardPolicyService.parsePreset(preset).policyOn(date);
            Percent transferLicenseRate = percent("--transfer-license", transferLicense).orElse(base.transferLicenseRate());
            RewardPolicy policy = new RewardPolicy(base.jurisdiction(), transferLicenseRate,
                    percent("--equity", equity).orElse(base.equityRate()),
                    percent("--self", self).orElse(base.selfRate()),
                    whole("--self-years", selfYears).orElse(base.selfYears()),
                    percent("--key", key).orElse(base.keyContributorMinimum()),
                    deductible == null ? base.deductible() : categories(deductible),
                    whole("--publicity-days", publicityDays).orElse(base.publicityDays()),
                    publicityCalendar == null ? base.publicityCalendar() : calendar(publicityCalendar),
                    leaderEquity == null ? base.leaderEquity() : leader(leaderEquity),
                    percent("--transfer-staff", transferStaff).orElse(base.transferStaffShare()),
                    yuan("--invention-bonus", inventionBonus).orElse(base.inventionBonus()),
                    yuan("--other-bonus", otherBonus).orElse(base.otherPatentBonus()),
                    // the technical-contract rate follows the rate just set for transfers and licences unless given
                    new RewardPolicy.TechContracts(percent("--tech-contract", techContract).orElse(transferLicenseRate),
                            techKey == null ? base.techContracts().keyRule() : yesNo("--tech-key", techKey)),
                    new RewardPolicy.UnitShares(
                            percent("--unit-university", unitUniversity).orElse(base.unitShares().university()),
                            percent("--unit-school", unitSchool).orElse(base.unitShares().school()),
                            percent("--unit-office", unitOffice).orElse(base.unitShares().transferOffice())));
            try {
                services.policies().set(date, policy);
            } catch (ValidationException refused) {
                // Exit 1 like every refusal, with each problem on its own line so the office can fix all at once.
                err().println(I18n.t("cli.policy.refused"));
                for (Problem p : refused.problems()) {
                    err().println("  - " + p.message());
                }
                return 1;
            }
            out().println(I18n.t("cli.policy.saved", RewardPolicyLabels.preset(policy.jurisdiction()), date));
            RewardPolicyLabels.lines(policy).forEach(line -> out().println("  " + line));
            return 0;
        }

        private static Optional<Percent> percent(String option, String text) {
            if (text == null) {
                return Optional.empty();
            }
            return Optional.of(Percent.parsePercent(text)
                    .orElseThrow(() -> new UserFacingException("cli.policy.badPercent", option, text)));
        }

        private static Optional<Integer> whole(String option, String text) {
            if (text == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                throw new UserFacingException("cli.policy.badNumber", option, text);
            }
        }

        private static Optional<BigDecimal> yuan(String option, String text) {
            if (text == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(text.strip().replace(",", "")));
            } catch (NumberFormatException e) {
                throw new UserFacingException("cli.policy.badAmount", option, text);
            }
        }

        private static java.util.Set<CostCategory> categories(String text) {
            java.util.Set<CostCategory> result = EnumSet.noneOf(CostCategory.class);
            for (String token : text.split("[,，、;；]")) {
                if (!token.isBlank()) {
                    result.add(Labeled.parse(CostCategory.class, token).orElseThrow(() ->
                            new UserFacingException("cli.policy.badChoice", "--deductible", token.strip(),
                                    "TAX, MAINTENANCE, VALUATION, APPRAISAL, NEGOTIATION, INTERMEDIARY, OTHER")));
                }
            }
            return result;
        }

        private static boolean yesNo(String option, String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "y", "true", "是" -> true;
                case "no", "n", "false", "否" -> false;
                default -> throw new UserFacingException("cli.policy.badChoice", option, text, "yes, no");
            };
        }

        private static PublicityCalendar calendar(String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "working", "working_days", "工作日" -> PublicityCalendar.WORKING_DAYS;
                case "calendar", "calendar_days", "自然日" -> PublicityCalendar.CALENDAR_DAYS;
                default -> throw new UserFacingException("cli.policy.badChoice", "--publicity-calendar", text,
                        "working, calendar");
            };
        }

        private static LeaderEquity leader(String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "waive", "waive_and_redistribute" -> LeaderEquity.WAIVE_AND_REDISTRIBUTE;
                case "cash", "convert_to_cash" -> LeaderEquity.CONVERT_TO_CASH;
                default -> throw new UserFacingException("cli.policy.badChoice", "--leader-equity", text, "waive, cash");
            };
        }
    }
}
