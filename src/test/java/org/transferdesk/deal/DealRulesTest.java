package org.transferdesk.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.Problem;

/** R-PUB-PRICE, R-APPROVAL and the money position, with the rule book E4 dates. */
class DealRulesTest {
    private static final ApprovalTiers TIERS = ApprovalTiers.parse(ApprovalTiers.DEFAULT);

    static Deal licence(Publicity publicity, LocalDate signedOn, List<Approval> approvals, boolean related) {
        Deal d = Deal.draft(DealMode.LICENSE);
        return DealBuilder.deal().mode(DealMode.LICENSE).id(1L).contractNo("L-1").licenseKind(LicenseKind.ORDINARY)
                .title("许可").results(List.of(new ResultRef(1, "R-1", "成果"))).signedOn(signedOn)
                .contractAmount(new BigDecimal("3000000.00")).pricing(PricingMethod.NEGOTIATED).relatedParty(related)
                .status(DealStatus.APPROVAL).publicity(publicity).approvals(approvals).instalments(d.instalments())
                .receipts(d.receipts()).costs(d.costs()).build();
    }

    @ParameterizedTest(name = "publicity from {0}, {1} days → last day ≥ {2}")
    @CsvSource(textBlock = """
            2024-05-06, 15, 2024-05-21
            2024-02-20, 15, 2024-03-06
            2023-12-25, 15, 2024-01-09
            2024-05-06, 30, 2024-06-05
            """)
    void earliestEnd_doesNotCountTheStartDay(LocalDate start, int days, LocalDate earliest) {
        assertThat(PublicityRules.earliestEnd(start, days)).isEqualTo(earliest);
    }

    @ParameterizedTest(name = "publicity {0}..{1}, signing {2} → {3}")
    @CsvSource(textBlock = """
            2024-05-06, 2024-05-21, 2024-05-22, ''
            2024-05-06, 2024-05-21, 2024-05-21, deal.publicity.running
            2024-05-06, 2024-05-20, 2024-05-30, deal.publicity.tooShort
            """)
    void negotiatedDeal_signsOnlyAfterTheFullPeriod(LocalDate start, LocalDate end, LocalDate signing, String problem) {
        Deal deal = licence(new Publicity(start, end, "校园网", "价格公示", List.of()), signing, List.of(), false);
        List<String> keys = PublicityRules.beforeSigning(deal, signing, 15).stream().map(Problem::key).toList();
        if (problem.isEmpty()) {
            assertThat(keys).isEmpty();
        } else {
            assertThat(keys).containsExactly(problem);
        }
    }

    @Test
    void openObjection_blocksSigning_listedDealNeedsNoPublicity() {
        Objection open = new Objection(1L, LocalDate.of(2024, 5, 8), "某教师", "价格偏低", null, null);
        Deal deal = licence(new Publicity(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 21), "网站", "公示",
                List.of(open)), LocalDate.of(2024, 6, 1), List.of(), false);
        assertThat(PublicityRules.beforeSigning(deal, LocalDate.of(2024, 6, 1), 15)).extracting(Problem::key)
                .containsExactly("deal.publicity.openObjections");

        Deal listed = DealBuilder.deal().mode(DealMode.LICENSE).id(1L).contractNo("L-2")
                .licenseKind(LicenseKind.ORDINARY).title("挂牌").results(deal.results())
                .signedOn(LocalDate.of(2024, 6, 1)).contractAmount(BigDecimal.TEN).pricing(PricingMethod.LISTED)
                .status(DealStatus.APPROVAL).build();
        assertThat(PublicityRules.beforeSigning(listed, LocalDate.of(2024, 6, 1), 15)).isEmpty();
        assertThat(PublicityRules.beforeSigning(deal.withStatus(DealStatus.APPROVAL), LocalDate.of(2024, 6, 1), 15))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} yuan → {1}")
    @CsvSource(textBlock = """
            0.00,          SCIENCE_OFFICE
            2000000.00,    SCIENCE_OFFICE
            2000000.01,    VICE_PRESIDENT
            4999999.99,    VICE_PRESIDENT
            5000000.00,    PRESIDENT_MEETING
            80000000.00,   PRESIDENT_MEETING
            """)
    void approvalTier_byAmount(BigDecimal amount, ApprovalTier tier) {
        assertThat(TIERS.required(amount)).isEqualTo(tier);
    }

    @Test
    void approval_needsRequiredTierOrHigher_andRelatedPartyStep() {
        Approval office = new Approval(1L, ApprovalTier.SCIENCE_OFFICE, "王处长", LocalDate.of(2024, 5, 25), "KJ-1", false);
        Approval vice = new Approval(2L, ApprovalTier.VICE_PRESIDENT, "李副校长", LocalDate.of(2024, 5, 26), "XZ-3", false);
        Approval related = new Approval(3L, ApprovalTier.PRESIDENT_MEETING, "校长办公会", LocalDate.of(2024, 5, 27),
                "XB-9", true);
        assertThat(SigningRules.approvalProblems(licence(null, null, List.of(office), false), TIERS))
                .extracting(Problem::key).containsExactly("deal.approval.missing");
        assertThat(SigningRules.approvalProblems(licence(null, null, List.of(vice), false), TIERS)).isEmpty();
        assertThat(SigningRules.approvalProblems(licence(null, null, List.of(vice), true), TIERS))
                .extracting(Problem::key).containsExactly("deal.approval.relatedParty");
        assertThat(SigningRules.approvalProblems(licence(null, null, List.of(vice, related), true), TIERS)).isEmpty();
    }

    private static Deal withMoney(DealMode mode, String amount, List<Instalment> schedule, List<Receipt> receipts) {
        return DealBuilder.deal().mode(mode).id(1L).contractNo("C").title("t").contractAmount(new BigDecimal(amount))
                .status(DealStatus.PERFORMING).instalments(schedule).receipts(receipts).build();
    }

    @Test
    void position_paysMatchedInstalmentsFirst_thenInDueOrder_refundsSubtract() {
        List<Instalment> schedule = List.of(
                new Instalment(1L, LocalDate.of(2024, 6, 30), new BigDecimal("400000.00"), "签约后"),
                new Instalment(2L, LocalDate.of(2025, 6, 30), new BigDecimal("400000.00"), "验收后"),
                new Instalment(3L, LocalDate.of(2026, 6, 30), new BigDecimal("400000.00"), null));
        List<Receipt> receipts = List.of(
                new Receipt(1L, LocalDate.of(2024, 7, 2), new BigDecimal("400000.00"), "V1", 1L),
                new Receipt(2L, LocalDate.of(2025, 8, 1), new BigDecimal("150000.00"), "V2", null),
                new Receipt(3L, LocalDate.of(2025, 8, 9), new BigDecimal("-50000.00"), "R1", null));

        AccountPosition p = AccountPosition.of(withMoney(DealMode.LICENSE, "1200000.00", schedule, receipts),
                LocalDate.of(2025, 9, 1));
        assertThat(p.scheduled()).isEqualByComparingTo("1200000.00");
        assertThat(p.received()).isEqualByComparingTo("500000.00");
        assertThat(p.outstanding()).isEqualByComparingTo("700000.00");
        assertThat(p.overdue()).isEqualByComparingTo("300000.00");
        assertThat(p.unpaidByInstalment().get(2L)).isEqualByComparingTo("300000.00");

        AccountPosition later = AccountPosition.of(withMoney(DealMode.LICENSE, "1200000.00", schedule, receipts),
                LocalDate.of(2026, 7, 1));
        assertThat(later.overdue()).isEqualByComparingTo("700000.00");
    }

    @Test
    void position_withoutSchedule_usesTheContractAmount_equityOwesNothing() {
        List<Receipt> receipts = List.of(new Receipt(1L, LocalDate.of(2024, 5, 1), new BigDecimal("900000.00"), null, null));
        AccountPosition p = AccountPosition.of(withMoney(DealMode.DEVELOPMENT, "3000000.00", List.of(), receipts),
                LocalDate.of(2024, 12, 31));
        assertThat(p.outstanding()).isEqualByComparingTo("2100000.00");
        assertThat(p.overdue()).isEqualByComparingTo("0.00");
        assertThat(AccountPosition.of(withMoney(DealMode.EQUITY, "8000000.00", List.of(), List.of()),
                LocalDate.of(2024, 12, 31)).outstanding()).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\"")
    @CsvSource(textBlock = """
            北京某某科技有限公司, 北京某某科技 有限公司
            Acme Ltd.,            acme ltd
            杭州（中国）智能公司,      杭州(中国)智能公司
            """)
    void counterpartyNames_matchIgnoringSpacesWidthAndPunctuation(String a, String b) {
        assertThat(Counterparty.nameKey(a)).isEqualTo(Counterparty.nameKey(b));
    }

    @Test
    void creditCode_isAWarningNotAnError() {
        List<Problem> problems = DealValidator.validateCounterparty(
                new Counterparty(null, "某公司", "91350100M000100Y44", null, null, null, null, null, null, 0));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("counterparty.creditCode.check");
            assertThat(p.isError()).isFalse();
        });
        assertThat(DealValidator.validateCounterparty(
                new Counterparty(null, "某公司", "91350100M000100Y43", null, null, null, null, null, null, 0))).isEmpty();
    }
}
