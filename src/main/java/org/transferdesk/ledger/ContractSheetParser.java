package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_AMOUNT;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONTRACT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.COUNTERPARTY;
import static org.transferdesk.ledger.LedgerSheet.Columns.COUNTERPARTY_INDUSTRY;
import static org.transferdesk.ledger.LedgerSheet.Columns.COUNTERPARTY_REGION;
import static org.transferdesk.ledger.LedgerSheet.Columns.CREDIT_CODE;
import static org.transferdesk.ledger.LedgerSheet.Columns.EQUITY_SHARE;
import static org.transferdesk.ledger.LedgerSheet.Columns.LICENSE_KIND;
import static org.transferdesk.ledger.LedgerSheet.Columns.MODE;
import static org.transferdesk.ledger.LedgerSheet.Columns.PRICING;
import static org.transferdesk.ledger.LedgerSheet.Columns.PUBLICITY_FROM;
import static org.transferdesk.ledger.LedgerSheet.Columns.PUBLICITY_TO;
import static org.transferdesk.ledger.LedgerSheet.Columns.REGISTERED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.REGISTRATION_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.RELATED_PARTY;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NOS;
import static org.transferdesk.ledger.LedgerSheet.Columns.SIGNED_ON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealValidator;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.ledger.LedgerRows.ContractRow;

/**
 * 合同: checked with the deal editor's own rules (DealValidator), but not with the signing rules: an
 * imported contract is history, signed whether or not its publicity and approvals were recorded.
 * Whether each linked result exists is checked later, against the database and the 成果 sheet. A credit
 * code that fails its check digit is not an error (R-ID-USCC: warn, don't block).
 */
final class ContractSheetParser {
    private ContractSheetParser() {
    }

    static List<ContractRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today, Steps steps) {
        FirstRows firstRow = new FirstRows();
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String contractNo = cells.requiredText(CONTRACT_NO, 64);
            DealMode mode = cells.requiredChoice(MODE, DealMode.class);
            LicenseKind licenseKind = cells.choice(LICENSE_KIND, LicenseKind.class);
            if (licenseKind == null && cells.text(LICENSE_KIND) == null) {
                // 转化方式 "普通许可" says both the mode and the kind
                licenseKind = Vocabulary.impliedLicenseKind(cells.text(MODE));
            }
            LocalDate signedOn = cells.date(SIGNED_ON);
            BigDecimal amount = cells.requiredMoney(CONTRACT_AMOUNT);
            String counterparty = cells.requiredText(COUNTERPARTY, 200);
            String creditCode = cells.text(CREDIT_CODE);
            if (creditCode != null) {
                creditCode = CreditCode.normalise(creditCode);
                if (creditCode.length() > 18) {
                    cells.error(CREDIT_CODE, "ledger.cell.tooLong", 18);
                }
            }
            // R-REPORT-MORE: mapped by name, code or a common spelling; anything else is asked once per value
            String industryText = cells.text(COUNTERPARTY_INDUSTRY, 100);
            IndustrySection industry = cells.choice(COUNTERPARTY_INDUSTRY, IndustrySection.class);
            String regionText = cells.text(COUNTERPARTY_REGION, 100);
            Province region = cells.choice(COUNTERPARTY_REGION, Province.class);
            PricingMethod pricing = cells.choice(PRICING, PricingMethod.class);
            LocalDate publicityFrom = cells.date(PUBLICITY_FROM);
            LocalDate publicityTo = cells.date(PUBLICITY_TO);
            String registrationNo = cells.text(REGISTRATION_NO, 64);
            LocalDate registeredOn = cells.date(REGISTERED_ON);
            List<String> resultNos = resultNos(cells.text(RESULT_NOS));
            Percent share = cells.percent(EQUITY_SHARE);
            Boolean related = cells.yesNo(RELATED_PARTY);

            // DOMAIN §9: a ledger lists signed contracts; an empty 签订日期 is a gap to fill, not a draft — unless the
            // row records the price publicity that comes before signing (R-PUB-PRICE): then it is a deal in 公示
            if (publicityFrom == null && publicityTo == null) {
                cells.required(SIGNED_ON);
            }
            if ((publicityFrom == null) != (publicityTo == null)) {
                cells.error(publicityFrom == null ? PUBLICITY_FROM : PUBLICITY_TO, "ledger.contracts.publicityIncomplete");
            } else if (publicityFrom != null && publicityTo.isBefore(publicityFrom)) {
                cells.error(PUBLICITY_TO, "ledger.contracts.publicityOrder");
            }
            if (share != null && (!share.isPositive() || share.compareTo(Percent.HUNDRED) > 0)) {
                cells.error(EQUITY_SHARE, "ledger.contracts.badShare");
            } else if (share != null && mode != null && mode != DealMode.EQUITY) {
                cells.error(EQUITY_SHARE, "ledger.contracts.shareOnlyForEquity");
            }
            // an unreadable mode is reported already; the checks that do not depend on it still run
            DealMode checkedAs = mode == null ? DealMode.SERVICE : mode;
            for (Problem p : DealValidator.validate(standIn(contractNo, checkedAs, licenseKind, signedOn, amount,
                    pricing, registrationNo, registeredOn, resultNos, share), today)) {
                cells.problem(columnOf(p.field()), p);
            }
            firstRow.once(cells, CONTRACT_NO, contractNo, "ledger.duplicateInFile", contractNo);
            return new ContractRow(cells.number(), contractNo, mode, licenseKind, signedOn, amount, counterparty,
                    creditCode, industryText, industry, regionText, region, pricing, publicityFrom, publicityTo, registrationNo, registeredOn, resultNos, share,
                    related);
        });
    }

    /** 关联成果: result numbers joined by ; (full-width ； and 、 accepted). */
    static List<String> resultNos(String text) {
        Set<String> nos = new LinkedHashSet<>();
        if (text != null) {
            for (String token : text.split("[;；、,，]")) {
                if (!token.isBlank()) {
                    nos.add(token.strip());
                }
            }
        }
        return List.copyOf(nos);
    }

    /**
     * The deal as the validator sees it before the database is asked: results and the company stand in
     * by number, the title (which the ledger has no column for) by a placeholder.
     */
    private static Deal standIn(String contractNo, DealMode mode, LicenseKind licenseKind, LocalDate signedOn,
                                BigDecimal amount, PricingMethod pricing, String registrationNo,
                                LocalDate registeredOn, List<String> resultNos, Percent share) {
        long[] id = {0};
        List<ResultRef> refs = resultNos.stream().map(no -> new ResultRef(++id[0], no, no)).toList();
        Equity equity = mode == DealMode.EQUITY && share != null ? new Equity(-1L, "", share, null) : null;
        return DealBuilder.deal().mode(mode).contractNo(contractNo).licenseKind(licenseKind).title("-").results(refs)
                .signedOn(signedOn).contractAmount(amount == null ? BigDecimal.ZERO : amount)
                .pricing(pricing == null && mode.convertsResults() ? PricingMethod.NEGOTIATED : pricing)
                .registration(new Deal.Registration(registrationNo, registeredOn, null))
                .status(signedOn == null ? DealStatus.DRAFT : DealStatus.SIGNED).equity(equity).build();
    }

    private static LedgerColumn columnOf(String field) {
        return switch (field) {
            case "mode" -> MODE;
            case "licenseKind" -> LICENSE_KIND;
            case "results" -> RESULT_NOS;
            case "pricing" -> PRICING;
            case "contractAmount" -> CONTRACT_AMOUNT;
            case "signedOn" -> SIGNED_ON;
            case "registeredOn", "registration" -> REGISTERED_ON;
            case "equity" -> EQUITY_SHARE;
            default -> CONTRACT_NO;
        };
    }
}
