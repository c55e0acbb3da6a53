package org.transferdesk.due;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.common.link.RecordType;
import org.transferdesk.deal.AccountPosition;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.Objection;
import org.transferdesk.deal.ObligationRow;

/**
 * What a deal's records owe the office: unpaid instalments of a signed contract (its terms), the end of a running
 * price publicity (R-PUB-PRICE) and its objections still open.
 */
public final class DealReminders {
    private DealReminders() {
    }

    public static List<DueItem> of(List<Deal> deals, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        for (Deal d : deals) {
            RecordRef ref = ref(d);
            // Money is owed only under a signed contract; a draft's schedule is still a proposal.
            if (d.status().isSigned() && d.mode() != DealMode.EQUITY) {
                instalments(d, today, ref, items);
            }
            if (d.publicity() == null) {
                continue;
            }
            if (d.status() == DealStatus.PUBLICITY && d.publicity().endsOn() != null) {
                items.add(new DueItem("PUBLICITY:DEAL:" + d.id() + ":" + d.publicity().endsOn(), DueKind.PUBLICITY_END,
                        "R-PUB-PRICE", d.publicity().endsOn(), ref, I18n.t("due.action.pricePublicity"), null,
                        I18n.t("due.detail.publicity", d.publicity().startsOn(), d.publicity().endsOn())));
            }
            if (d.status() != DealStatus.TERMINATED) {
                for (Objection o : d.publicity().objections()) {
                    if (o.isOpen()) {
                        items.add(objection("DEAL:" + o.id(), "R-PUB-PRICE", o.receivedOn(), o.raisedBy(), ref));
                    }
                }
            }
        }
        return items;
    }

    /** The counterparty's obligations besides money (licensee reports, milestones), on their due dates. */
    public static List<DueItem> obligations(List<ObligationRow> rows) {
        return rows.stream().map(o -> new DueItem("OBLIGATION:" + o.id(), DueKind.DEAL_OBLIGATION, "CONTRACT", o.dueOn(),
                new RecordRef(RecordType.DEAL, o.dealId(), o.contractNo() + " " + o.dealTitle()),
                I18n.t("due.action.obligation", o.kind().label(), o.description()), null,
                o.counterparty() == null ? null : o.counterparty())).toList();
    }

    static DueItem objection(String id, String rule, LocalDate receivedOn, String raisedBy, RecordRef ref) {
        return new DueItem("OBJECTION:" + id, DueKind.OPEN_OBJECTION, rule, receivedOn, ref,
                I18n.t("due.action.objection"), null,
                I18n.t("due.detail.objection", receivedOn, raisedBy == null ? "-" : raisedBy));
    }

    private static void instalments(Deal d, LocalDate today, RecordRef ref, List<DueItem> items) {
        AccountPosition position = AccountPosition.of(d, today);
        for (Instalment i : d.instalments()) {
            BigDecimal unpaid = i.id() == null ? null : position.unpaidByInstalment().get(i.id());
            if (unpaid == null || unpaid.signum() <= 0) {
                continue;
            }
            String condition = i.condition() == null || i.condition().isBlank() ? "" : i.condition();
            items.add(new DueItem("INSTALMENT:" + i.id(), DueKind.INSTALMENT, "CONTRACT", i.dueOn(), ref,
                    I18n.t("due.action.instalment", Money.format(unpaid)), unpaid,
                    I18n.t("due.detail.instalment", Money.format(i.amount()), condition,
                            d.counterpartyName() == null ? "-" : d.counterpartyName()), Stakes.OWED));
        }
    }

    static RecordRef ref(Deal d) {
        return new RecordRef(RecordType.DEAL, d.id(), d.contractNo() + " " + d.title());
    }
}
