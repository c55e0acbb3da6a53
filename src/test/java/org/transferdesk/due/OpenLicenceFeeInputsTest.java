package org.transferdesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.fees.FeeReduction;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.fees.FeeYear;
import org.transferdesk.fees.OpenLicencePeriod;
import org.transferdesk.fees.PatentFeeInput;
import org.transferdesk.ip.IpType;

/**
 * R-PAT-OPEN: the app knows a patent is under open licence from the signed licence deals of kind 开放 on its
 * result, over the licence's term (the signing day when no term start is recorded).
 */
class OpenLicenceFeeInputsTest {
    private static final long RESULT = 70;

    private static PatentRow e10() {
        return new PatentRow(7, RESULT, "R-2019-0001", "一种电池正极材料", "201910654321.X", IpType.INVENTION_PATENT,
                LocalDate.of(2019, 7, 15), LocalDate.of(2022, 3, 8), Set.of());
    }

    private static Deal licence(String no, LicenseKind kind, DealStatus status, LocalDate signed, LocalDate from,
                                LocalDate to, long result) {
        return DealBuilder.deal().mode(DealMode.LICENSE).id(1L).contractNo(no).licenseKind(kind).title("许可")
                .results(List.of(new ResultRef(result, "R", "成果"))).signedOn(signed).termFrom(from).termTo(to)
                .contractAmount(new BigDecimal("1.00")).pricing(PricingMethod.NEGOTIATED).status(status).version(1)
                .build();
    }

    private static List<OpenLicencePeriod> periods(Deal deal) {
        return PatentFeeInputs.of(List.of(e10()), List.of(), List.of(deal), null).get(0).openLicences();
    }

    @ParameterizedTest(name = "{0} {1} signed {2}, term {3} – {4}, result {5} → {6}")
    @CsvSource(nullValues = "null", textBlock = """
            OPEN,      SIGNED,     2025-01-01, 2025-02-01, 2027-01-31, 70, 2025-02-01..2027-01-31
            OPEN,      PERFORMING, 2025-01-01, null,       null,       70, 2025-01-01..null
            OPEN,      COMPLETED,  2025-01-01, null,       2026-12-31, 70, 2025-01-01..2026-12-31
            OPEN,      DRAFT,      2025-01-01, null,       null,       70, none
            OPEN,      APPROVAL,   2025-01-01, null,       null,       70, none
            OPEN,      TERMINATED, 2025-01-01, null,       null,       70, none
            OPEN,      SIGNED,     null,       null,       null,       70, none
            OPEN,      SIGNED,     2025-01-01, null,       null,       71, none
            ORDINARY,  SIGNED,     2025-01-01, null,       null,       70, none
            EXCLUSIVE, SIGNED,     2025-01-01, null,       null,       70, none
            """)
    void onlyASignedOpenLicenceOnTheResult_putsItsPatentsUnderOpenLicence(LicenseKind kind, DealStatus status,
                                                                          LocalDate signed, LocalDate from,
                                                                          LocalDate to, long result, String expected) {
        List<OpenLicencePeriod> periods = periods(licence("XK-1", kind, status, signed, from, to, result));
        assertThat(periods.stream().map(p -> p.from() + ".." + p.to()).findFirst().orElse("none")).isEqualTo(expected);
        periods.forEach(p -> assertThat(p.contractNo()).isEqualTo("XK-1"));
    }

    @Test
    void aTransferIsNoLicence_andATermEndingBeforeItStartsIsIgnored() {
        Deal transfer = DealBuilder.deal().mode(DealMode.TRANSFER).id(1L).contractNo("ZR-1")
                .licenseKind(LicenseKind.OPEN).title("转让").results(List.of(new ResultRef(RESULT, "R", "成果")))
                .signedOn(LocalDate.of(2025, 1, 1)).contractAmount(new BigDecimal("1.00"))
                .pricing(PricingMethod.NEGOTIATED).status(DealStatus.SIGNED).version(1).build();
        assertThat(periods(transfer)).isEmpty();
        assertThat(periods(licence("XK-2", LicenseKind.OPEN, DealStatus.SIGNED, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28), RESULT))).isEmpty();
    }

    /** The reminder of E10's year 13 (due 2031-07-14, beyond 费减) under an open licence: 6,000 less 15%. */
    @Test
    void theReminder_saysTheOpenLicenceReductionApplied() {
        Deal open = licence("XK-3", LicenseKind.OPEN, DealStatus.PERFORMING, LocalDate.of(2030, 1, 1), null, null,
                RESULT);
        Set<Integer> paid = new java.util.HashSet<>();
        for (int y = 3; y <= 12; y++) {
            paid.add(y);
        }
        PatentRow row = new PatentRow(7, RESULT, "R-2019-0001", "一种电池正极材料", "201910654321.X",
                IpType.INVENTION_PATENT, LocalDate.of(2019, 7, 15), LocalDate.of(2022, 3, 8), paid);
        List<PatentFeeInput> inputs = PatentFeeInputs.of(List.of(row), List.of(), List.of(open), null);
        FeeYear thirteen = inputs.get(0).feeYears(FeeSettings.STATUTORY).stream().filter(y -> y.year() == 13)
                .findFirst().orElseThrow();
        assertThat(thirteen.reducedBy()).isEqualTo(FeeReduction.OPEN_LICENCE);

        DueItem item = PatentReminders.of(inputs, FeeSettings.STATUTORY, LocalDate.of(2031, 6, 1)).stream()
                .filter(i -> i.kind() == DueKind.PATENT_FEE).findFirst().orElseThrow();
        assertThat(item.key()).isEqualTo("PATENT_FEE:7:13");
        assertThat(item.amount()).isEqualByComparingTo("5100.00");
        assertThat(item.detail()).contains("开放许可减15%");
    }
}
