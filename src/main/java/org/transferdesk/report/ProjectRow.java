package org.transferdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;

/**
 * R-REPORT-LIST: one line of the project list (科技成果转化项目清单), amounts in yuan. {@code countedInYear}
 * says whether the contract counts in the year's 项数 and 合同金额 (otherwise it is listed for its receipts);
 * {@code resultTypes} and {@code fundings} are enum names joined by ';' (labels are the exporter's business);
 * {@code equityShare} is the university's fraction of the company.
 */
public record ProjectRow(long contractId, String contractNo, String resultTitles, String resultTypes,
                         String ipNumbers, String fundings, DealMode mode, LicenseKind licenseKind,
                         String counterparty, String creditCode, LocalDate signedOn, String registrationNo,
                         BigDecimal contractAmount, BigDecimal receivedInYear, BigDecimal receivedToDate,
                         BigDecimal equityShare, BigDecimal rewardCash, BigDecimal rewardEquity, boolean piloted,
                         boolean relatedParty, PricingMethod pricing, boolean countedInYear) {
}
