package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ledger.persistence.LedgerExportReader;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionLine;
import org.transferdesk.reward.DistributionStatus;
import org.transferdesk.reward.Workflow;
import org.junit.jupiter.api.Tag;

/**
 * What {@code export ledger} writes to 奖励发放 and 赋权 and what it leaves out and counts, on records made by hand
 * (today 2026-11-22): the export, as CSV files and as a workbook, is then imported into an empty database and
 * exported again, unchanged.
 */
@Tag(TestDatabase.TAG)
class LedgerExportLeftOutTest {
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 20);

    @TempDir
    Path tmp;

    private final List<Person> people = List.of(person(1, "T001", "甲教授", LeaderRole.NONE),
            person(2, "T002", "乙老师", LeaderRole.NONE), person(3, "T003", "丙院长", LeaderRole.HEAD));
    private final List<Disclosure> results = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();
    private final List<Distribution> distributions = new ArrayList<>();
    private final List<PilotCase> cases = new ArrayList<>();

    @Test
    void rewardsPaidAndPilotCasesUnderWay_areWritten_theRestIsLeftOutAndCounted() {
        for (int i = 1; i <= 9; i++) {
            results.add(result(i));
        }
        deals.add(deal(1, "HT-2024-0001", DealMode.LICENSE, LocalDate.of(2024, 6, 1)));
        deals.add(deal(2, "HT-2024-0002", DealMode.EQUITY, LocalDate.of(2024, 7, 1)));
        deals.add(deal(3, "HT-2024-0003", DealMode.LICENSE, null)); // a draft: not in the format
        long licence = 1;
        long equity = 2;
        Workflow publicised = publicised(DistributionStatus.PAID);
        // computed, paid: two payments and a head's waived line
        distributions.add(distribution(DistributionKind.CASH, licence, publicised, false,
                line(1, "1000.00", null, MARCH, "120.00"), line(2, "600.00", null, MARCH, null),
                waived(3)));
        // computed, paid the same day: its line for T001 adds to the one above
        distributions.add(distribution(DistributionKind.CASH, licence, publicised, false,
                line(1, "250.50", null, MARCH, "30.00")));
        // approved, not paid yet; revoked: nothing was paid
        distributions.add(distribution(DistributionKind.CASH, licence, publicised(DistributionStatus.APPROVED),
                false, line(1, "500.00", null, null, null)));
        distributions.add(distribution(DistributionKind.CASH, licence, publicised(DistributionStatus.REVOKED),
                false, line(2, "300.00", null, null, null)));
        // equity: 12% and 0.5% of the company; the head's reward converted to cash has no place (partly left out)
        distributions.add(distribution(DistributionKind.EQUITY, equity, publicised, false,
                line(1, "120000.00", "0.12", MAY, null), line(2, "5000.00", "0.005", MAY, null),
                line(3, "3000.00", null, MAY, "600.00")));
        // a patent grant bonus: the sheet has no type for it
        distributions.add(distribution(DistributionKind.PATENT_BONUS, null, publicised, false,
                line(1, "2000.00", null, MARCH, null)));
        // imported from an older ledger, never publicised
        distributions.add(distribution(DistributionKind.CASH, licence,
                new Workflow(DistributionStatus.PAID, null, null, null, null, null, null, null), true,
                line(2, "800.00", null, LocalDate.of(2024, 12, 31), null)));
        // paid to one person, the other still waiting (partly left out)
        distributions.add(distribution(DistributionKind.CASH, licence, publicised, false,
                line(1, "400.00", null, LocalDate.of(2025, 6, 30), null), line(2, "200.00", null, null, null)));

        LocalDate convertBy = LocalDate.of(2026, 10, 15);
        cases.add(pilot(2, PilotModel.OWNERSHIP, "70", null, null, convertBy, PilotStep.REGISTERED));
        cases.add(pilot(3, PilotModel.LONG_TERM_USE, null, 10, 0, convertBy, PilotStep.CONVERTING));
        // applied for only: the draft deadline goes with the agreement, which is not there yet
        cases.add(pilot(4, PilotModel.OWNERSHIP, "60", null, null, convertBy, PilotStep.APPLICATION));
        cases.add(pilot(5, PilotModel.OWNERSHIP, "60", null, null, convertBy, PilotStep.REJECTED));
        cases.add(pilot(6, PilotModel.OWNERSHIP, "60", null, null, convertBy, PilotStep.CONVERTED));
        cases.add(running(7));
        cases.add(pilot(8, PilotModel.LONG_TERM_USE, null, 5, 5, convertBy, PilotStep.AGREEMENT));
        cases.add(pilot(9, PilotModel.OWNERSHIP, "60", null, null, convertBy, null));

        Path first = tmp.resolve("first");
        LedgerExport.Written written = new LedgerExport(source(), TestDatabase.CLOCK).write(first);

        assertThat(read(first.resolve("奖励发放.csv")).lines().toList()).containsExactly(
                "\uFEFF合同编号,发放日期,工号,类型,金额,股权比例,公示,代扣个税,到账日期,凭证号",
                "HT-2024-0001,2024-12-31,T002,现金,800.00,,否,,,",
                "HT-2024-0001,2025-03-10,T001,现金,1250.50,,是,150.00,,",
                "HT-2024-0001,2025-03-10,T002,现金,600.00,,是,,,",
                "HT-2024-0001,2025-06-30,T001,现金,400.00,,是,,,",
                "HT-2024-0002,2025-05-20,T001,股权,120000.00,12,是,,,",
                "HT-2024-0002,2025-05-20,T002,股权,5000.00,0.5%,是,,,");
        assertThat(read(first.resolve("赋权.csv")).lines().toList()).containsExactly(
                "\uFEFF成果编号,方式,团队份额,使用年限,公示开始,公示结束,协议日期,登记日期,转化期限",
                "R-2024-0002,所有权,70,,2024-09-18,2024-10-08,2024-10-15,2025-01-10,2026-10-15",
                "R-2024-0003,长期使用权,,10,2024-09-18,2024-10-08,2024-10-15,,2026-10-15",
                "R-2024-0004,所有权,60,,,,,,");
        // approved, revoked, the equity one (its cash line), the bonus, the one half paid
        assertThat(written.rewardsLeftOut()).isEqualTo(5);
        // the computed ones that went out: the two of March, the equity one, the one half paid
        assertThat(written.rewardsAsPayments()).isEqualTo(4);
        // refused, converted, in publicity, renewal terms, not applied for
        assertThat(written.pilotsLeftOut()).isEqualTo(5);
        assertThat(written.draftsLeftOut()).isEqualTo(1);
        assertThat(written.notes()).containsExactly(I18n.t("cli.export.ledgerDrafts", 1),
                I18n.t("cli.export.ledgerRewardsLeftOut", 5), I18n.t("cli.export.ledgerRewardsAsPayments", 4),
                I18n.t("cli.export.ledgerPilotsLeftOut", 5));

        Path workbook = tmp.resolve("ledger.xlsx");
        new LedgerExport(source(), TestDatabase.CLOCK).write(workbook);
        for (Path exported : List.of(first, workbook)) {
            try (LedgerDb db = new LedgerDb(TestDatabase.CLOCK)) {
                ImportPreview preview = db.importer.preview(exported, false, ProgressSink.NONE);
                assertThat(preview.errors()).as(exported.toString()).isEmpty();
                db.importer.commit(preview, ProgressSink.NONE);
                Path second = tmp.resolve("second-from-" + exported.getFileName().toString().replace(".", "-"));
                LedgerExport.Written again = new LedgerExport(new LedgerExportReader(db.db.dsl()), TestDatabase.CLOCK)
                        .write(second);
                for (String sheet : new String[] {"奖励发放", "赋权"}) {
                    assertThat(read(second.resolve(sheet + ".csv"))).as(sheet + " via " + exported.getFileName())
                            .isEqualTo(read(first.resolve(sheet + ".csv")));
                }
                // what the import made is all in the format: nothing left out, nothing computed
                assertThat(again.notes()).isEmpty();
            }
        }
    }

    private LedgerExportSource source() {
        return new Listed(people, results, deals, distributions, cases);
    }

    /** An export source of these lists, without credit codes. */
    private record Listed(List<Person> people, List<Disclosure> results, List<Deal> deals,
                          List<Distribution> distributions, List<PilotCase> pilotCases) implements LedgerExportSource {
        @Override
        public Map<Long, String> creditCodes() {
            return Map.of();
        }
    }

    private static Person person(long id, String staffNo, String name, LeaderRole role) {
        return new Person(id, staffNo, name, null, null, role, null, null, 0);
    }

    private Disclosure result(int i) {
        List<Inventor> inventors = List.of(inventor(0, "50", true), inventor(1, "30", false), inventor(2, "20", false));
        return DisclosureBuilder.disclosure().status(Disclosure.blank(LocalDate.of(2024, 3, 1)).status()).id((long) i)
                .resultNo("R-2024-000" + i).title("一种高镍正极材料的制备方法（" + i + "）").disclosedOn(LocalDate.of(2024, 3, i))
                .resultType(ResultType.INVENTION_PATENT).inventors(inventors).build();
    }

    private Inventor inventor(int i, String share, boolean key) {
        Person p = people.get(i);
        return new Inventor(p.id(), p.staffNo(), p.name(), Percent.ofPercent(share), key);
    }

    private Deal deal(long id, String contractNo, DealMode mode, LocalDate signedOn) {
        Disclosure r = results.get(0);
        return DealBuilder.deal().mode(mode).id(id).contractNo(contractNo)
                .licenseKind(mode == DealMode.LICENSE ? LicenseKind.EXCLUSIVE : null).title("高镍正极材料转化")
                .results(List.of(new ResultRef(r.id(), r.resultNo(), r.title()))).counterpartyName("某新能源科技有限公司")
                .signedOn(signedOn).contractAmount(new BigDecimal("3000000.00")).pricing(PricingMethod.NEGOTIATED)
                .status(signedOn == null ? DealStatus.DRAFT : DealStatus.SIGNED)
                .equity(mode == DealMode.EQUITY ? new Equity(9L, "某新能源科技有限公司", Percent.ofPercent("20"), null) : null)
                .build();
    }

    private DistributionLine line(int person, String amount, String companyShare, LocalDate paidOn, String tax) {
        Person p = people.get(person - 1);
        return new DistributionLine(null, p.id(), p.staffNo(), p.name(), null, BigDecimal.ZERO, new BigDecimal(amount),
                companyShare == null ? null : new BigDecimal(companyShare), false, p.leaderRole(), false, null, paidOn,
                null, tax == null ? null : new BigDecimal(tax));
    }

    private DistributionLine waived(int person) {
        Person p = people.get(person - 1);
        return new DistributionLine(null, p.id(), p.staffNo(), p.name(), null, BigDecimal.ZERO,
                new BigDecimal("0.00"), null, false, p.leaderRole(), true, null, null, null, null);
    }

    private static Workflow publicised(DistributionStatus status) {
        return new Workflow(status, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20), "奖励公示〔2025〕1号",
                LocalDate.of(2025, 2, 25), "校长办公会", status == DistributionStatus.REVOKED ? LocalDate.of(2025, 2, 26)
                : null, null);
    }

    private Distribution distribution(DistributionKind kind, Long dealId, Workflow workflow, boolean imported,
                                      DistributionLine... lines) {
        Deal deal = dealId == null ? null : deals.get((int) (dealId - 1));
        return new Distribution((long) distributions.size() + 1, kind, dealId, deal == null ? null : deal.contractNo(),
                deal == null ? null : deal.mode(), deal == null ? null : deal.title(), null, null, MARCH, null, List.of(),
                List.of(), null, workflow, null, imported, List.of(lines), 0);
    }

    /** A case walked along its model's path (PilotFixture's dates) to {@code last}; refused after the reviews. */
    private PilotCase pilot(int result, PilotModel model, String teamShare, Integer years, Integer renewals,
                            LocalDate convertBy, PilotStep last) {
        List<PilotStep> path = PilotStep.path(model);
        List<PilotStep> route = last == null ? List.of()
                : last == PilotStep.REJECTED ? path.subList(0, path.indexOf(PilotStep.UNIVERSITY_REVIEW) + 1)
                : path.contains(last) ? path.subList(0, path.indexOf(last) + 1) : path;
        List<StepRecord> steps = new ArrayList<>();
        for (PilotStep step : route) {
            steps.add(new StepRecord(step, PilotFixture.DATES.get(step),
                    step == PilotStep.PUBLICITY ? PilotFixture.PUBLICITY_END : null, "科技处", null, null, null));
        }
        if (last != null && !path.contains(last)) {
            steps.add(new StepRecord(last, LocalDate.of(2025, 6, 1), null, "科技处", null, null, null));
        }
        return pilotCase(result, model, teamShare, years, renewals, convertBy, steps);
    }

    /** An ownership case whose publicity (2026-11-16 to 12-01) is still running on 2026-11-22. */
    private PilotCase running(int result) {
        List<StepRecord> steps = new ArrayList<>();
        for (PilotStep step : List.of(PilotStep.APPLICATION, PilotStep.DEPARTMENT_REVIEW, PilotStep.UNIVERSITY_REVIEW)) {
            steps.add(new StepRecord(step, PilotFixture.DATES.get(step), null, "科技处", null, null, null));
        }
        steps.add(new StepRecord(PilotStep.PUBLICITY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 1), "科技处",
                null, null, null));
        return pilotCase(result, PilotModel.OWNERSHIP, "70", null, null, null, steps);
    }

    private PilotCase pilotCase(int result, PilotModel model, String teamShare, Integer years, Integer renewals,
                                LocalDate convertBy, List<StepRecord> steps) {
        Disclosure d = results.get(result - 1);
        return PilotCaseBuilder.pilotCase().disclosureId(d.id()).model(model).id((long) cases.size() + 1)
                .caseNo("FQ-2024-00" + result).resultNo(d.resultNo()).resultTitle(d.title()).resultType(d.resultType())
                .teamShare(teamShare == null ? null : Percent.ofPercent(teamShare)).useYears(years)
                .renewalYears(renewals).representativeId(1L).terms(new PilotTerms(null, null, null, convertBy, null))
                .steps(steps).build();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
