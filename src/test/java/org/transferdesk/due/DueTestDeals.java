package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;

/** Builds {@link Deal} records directly (no database): the reminders only read the record. */
public final class DueTestDeals {
    private final long id;
    private DealMode mode = DealMode.TRANSFER;
    private DealStatus status = DealStatus.PERFORMING;
    private Publicity publicity;
    private Deal.Registration registration;
    private final List<Instalment> instalments = new ArrayList<>();
    private final List<Receipt> receipts = new ArrayList<>();

    private DueTestDeals(long id) {
        this.id = id;
    }

    public static DueTestDeals deal(long id) {
        return new DueTestDeals(id);
    }

    /** A registered technical contract (R-REG), as R-TAX58 needs. */
    public DueTestDeals registered() {
        this.registration = new Deal.Registration("2025110000000001", LocalDate.of(2025, 2, 1), null);
        return this;
    }

    public DueTestDeals mode(DealMode m) {
        this.mode = m;
        return this;
    }

    public DueTestDeals status(DealStatus s) {
        this.status = s;
        return this;
    }

    public DueTestDeals instalment(long instalmentId, LocalDate dueOn, String amount) {
        instalments.add(new Instalment(instalmentId, dueOn, new BigDecimal(amount), null));
        return this;
    }

    /** A receipt matched to an instalment ({@code instalmentId} may be null: unmatched). */
    public DueTestDeals receipt(long receiptId, LocalDate on, String amount, Long instalmentId) {
        receipts.add(new Receipt(receiptId, on, new BigDecimal(amount), "PZ-" + receiptId, instalmentId));
        return this;
    }

    public DueTestDeals receipt(long receiptId, LocalDate on, String amount) {
        return receipt(receiptId, on, amount, null);
    }

    public DueTestDeals publicity(LocalDate from, LocalDate to, Objection... objections) {
        this.publicity = new Publicity(from, to, "学校主页", "成果名称、拟定价格", List.of(objections));
        return this;
    }

    public static Objection objection(long id, LocalDate receivedOn, LocalDate closedOn) {
        return new Objection(id, receivedOn, "张三", "价格偏低", closedOn == null ? null : "已答复", closedOn);
    }

    public Deal build() {
        return DealBuilder.deal().mode(mode).id(id).contractNo("HT-" + id).title("成果" + id).counterpartyId(7L)
                .counterpartyName("杭州甲公司").signedOn(LocalDate.of(2025, 1, 1))
                .contractAmount(new BigDecimal("100000.00"))
                .pricing(mode.convertsResults() ? PricingMethod.NEGOTIATED : null).registration(registration)
                .status(status).publicity(publicity).instalments(instalments).receipts(receipts).version(1).build();
    }
}
