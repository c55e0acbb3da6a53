package org.transferdesk.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotModel;

/** The parsed rows of each sheet; null fields were empty in the file (or unreadable, with an error). */
final class LedgerRows {
    private LedgerRows() {
    }

    record PersonRow(int row, String staffNo, String name, String department, LeaderRole leaderRole,
                     String idNumber, org.transferdesk.people.IdType idType) {
    }

    record InventorEntry(String staffNo, Percent share, boolean keyContributor) {
    }

    record ResultRow(int row, String resultNo, String title, LocalDate disclosedOn, String department,
                     ResultType resultType, FundingSource funding, List<InventorEntry> inventors) {
        ResultRow {
            inventors = List.copyOf(inventors);
        }
    }

    /** {@code applicationNo} is canonical for patents (R-ID-PATENT); {@code status} null when not given. */
    record IpRow(int row, String resultNo, IpType type, String applicationNo, LocalDate filedOn,
                 LocalDate grantedOn, IpStatus status) {
    }

    /**
     * 合同; {@code resultNos} empty when none given, {@code relatedParty} null when not given; the counterparty's
     * industry and region as written ({@code industryText}, {@code regionText}) and as mapped (null when not given
     * or not mapped: an unmapped value is a question, so such a row is never written).
     */
    record ContractRow(int row, String contractNo, DealMode mode, LicenseKind licenseKind, LocalDate signedOn,
                       BigDecimal amount, String counterparty, String creditCode, String industryText,
                       IndustrySection industry, String regionText, Province region, PricingMethod pricing,
                       LocalDate publicityFrom, LocalDate publicityTo, String registrationNo,
                       LocalDate registeredOn, List<String> resultNos, Percent equityShare, Boolean relatedParty) {
        ContractRow {
            resultNos = List.copyOf(resultNos);
        }
    }

    /** A row of a sheet of a contract's money (到账, 费用): its row and the contract it books to. */
    interface ContractMoneyRow {
        int row();

        String contractNo();
    }

    /** 到账: a negative amount is a refund. */
    record ReceiptRow(int row, String contractNo, LocalDate receivedOn, BigDecimal amount, String voucherNo)
            implements ContractMoneyRow {
    }

    /** 费用. */
    record CostRow(int row, String contractNo, LocalDate incurredOn, CostCategory category, BigDecimal amount)
            implements ContractMoneyRow {
    }

    /** 奖励发放: one person's historical reward payment; {@code publicised} null when not given. */
    /**
     * {@code receipts}: those the payment names (R-TAX58, 到账日期/凭证号), empty when the ledger names none, null when
     * its cells could not be read.
     */
    record RewardPaidRow(int row, String contractNo, LocalDate paidOn, String staffNo, RewardKind kind,
                         BigDecimal amount, Percent equityShare, Boolean publicised, BigDecimal taxWithheld,
                         List<RewardReceipts.Named> receipts) {
    }

    /** 赋权: one pilot case as the ledger knows it; the dates say how far it got. */
    record PilotRow(int row, String resultNo, PilotModel model, Percent teamShare, Integer useYears,
                    LocalDate publicityFrom, LocalDate publicityTo, LocalDate agreementOn, LocalDate registeredOn,
                    LocalDate convertBy) {
    }

    /** One sheet's rows with its header (for messages); an absent sheet has no rows. */
    record SheetRows<R>(SheetHeader header, List<R> rows) {
        SheetRows {
            rows = List.copyOf(rows);
        }
    }

    /** Everything read from the source: what commit writes after checking keys again. */
    record ImportData(SheetRows<PersonRow> people, SheetRows<ResultRow> results, SheetRows<IpRow> ip,
                      SheetRows<ContractRow> contracts, SheetRows<ReceiptRow> receipts, SheetRows<CostRow> costs,
                      SheetRows<RewardPaidRow> rewards, SheetRows<PilotRow> pilots) {
    }
}
