package org.transferdesk.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.ledger.LedgerRows.ImportData;
import org.transferdesk.ledger.LedgerRows.SheetRows;

/**
 * The first rows of each sheet as the import will store them — amounts in yuan after any 万元, values by their label
 * after the mapping, shares as percentages, 完成人 by staff number — so the clerk sees the result of every reading
 * before anything is written. Columns follow the format (DOMAIN §9), headed by the format's names.
 */
public record PreviewSample(LedgerSheet sheet, String worksheet, List<String> headers, List<List<String>> rows,
                            int total) {

    public PreviewSample {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static List<PreviewSample> of(ImportData data, int first) {
        List<PreviewSample> out = new ArrayList<>();
        add(out, data.people(), first, r -> List.of(text(r.staffNo()), text(r.name()), text(r.department()),
                label(r.leaderRole()), org.transferdesk.common.PersonIdNumber.mask(r.idNumber())));
        add(out, data.results(), first, r -> List.of(text(r.resultNo()), text(r.title()), text(r.disclosedOn()),
                text(r.department()), label(r.resultType()), label(r.funding()),
                r.inventors().stream().map(e -> e.staffNo() + ":" + e.share().percent().toPlainString()
                        + (e.keyContributor() ? "*" : "")).collect(Collectors.joining(";"))));
        add(out, data.ip(), first, r -> List.of(text(r.resultNo()), label(r.type()), text(r.applicationNo()),
                text(r.filedOn()), text(r.grantedOn()), label(r.status())));
        add(out, data.contracts(), first, r -> List.of(text(r.contractNo()), label(r.mode()), label(r.licenseKind()),
                text(r.signedOn()), money(r.amount()), text(r.counterparty()), text(r.creditCode()),
                label(r.pricing()), text(r.publicityFrom()), text(r.publicityTo()), text(r.registrationNo()),
                text(r.registeredOn()), String.join(";", r.resultNos()), percent(r.equityShare()),
                yesNo(r.relatedParty())));
        add(out, data.receipts(), first, r -> List.of(text(r.contractNo()), text(r.receivedOn()), money(r.amount()),
                text(r.voucherNo())));
        add(out, data.costs(), first, r -> List.of(text(r.contractNo()), text(r.incurredOn()), label(r.category()),
                money(r.amount())));
        add(out, data.rewards(), first, r -> List.of(text(r.contractNo()), text(r.paidOn()), text(r.staffNo()),
                label(r.kind()), money(r.amount()), percent(r.equityShare()), yesNo(r.publicised()),
                money(r.taxWithheld())));
        add(out, data.pilots(), first, r -> List.of(text(r.resultNo()), label(r.model()), percent(r.teamShare()),
                text(r.useYears()), text(r.publicityFrom()), text(r.publicityTo()), text(r.agreementOn()),
                text(r.registeredOn()), text(r.convertBy())));
        return out;
    }

    private static <R> void add(List<PreviewSample> out, SheetRows<R> sheet, int first, Function<R, List<String>> row) {
        if (sheet.rows().isEmpty()) {
            return;
        }
        SheetHeader h = sheet.header();
        out.add(new PreviewSample(h.sheet(), h.sheetName(), h.sheet().columns().stream().map(LedgerColumn::name).toList(),
                sheet.rows().stream().limit(first).map(row).toList(), sheet.rows().size()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String label(Labeled value) {
        return value == null ? "" : value.label();
    }

    private static String money(BigDecimal yuan) {
        return yuan == null ? "" : Money.format(yuan);
    }

    private static String percent(Percent p) {
        return p == null ? "" : p.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : org.transferdesk.common.I18n.t(b ? "common.yes" : "common.no");
    }
}
