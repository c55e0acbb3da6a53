package org.transferdesk.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.export.TableExport;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Person;

/**
 * {@code export ledger OUT} (issue 17): the records in the import format (DOMAIN §9), so an office can take its data
 * elsewhere or check an import by importing the export: the template's Chinese headers, values as the Chinese
 * labels whatever the screen language, yuan, ISO dates, percentages as numbers (40 for 40%). OUT ending in
 * {@code .xlsx} is one workbook; otherwise a folder of UTF-8 CSV files named after the sheets. The sheets written
 * are 人员, 成果, 知识产权, 合同, 到账 and 费用; reward payments and pilot cases are not exported yet, nor are draft
 * contracts (neither signed nor in publicity), which the format cannot hold ({@link Written#draftsLeftOut}).
 */
public final class LedgerExport {
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(I18n.BUNDLE, I18n.CHINESE);

    private final LedgerExportSource source;

    public LedgerExport(LedgerExportSource source) {
        this.source = source;
    }

    /** What was written: data rows, and the draft contracts left out. */
    public record Written(int rows, long draftsLeftOut) {
    }

    public Written write(Path out) {
        List<Deal> deals = source.deals();
        List<TableExport.Table> tables = tables(deals);
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            TableExport.writeXlsx(out, tables);
        } else {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (TableExport.Table t : tables) {
                TableExport.writeCsv(out.resolve(t.name() + ".csv"), t.headers(), t.rows());
            }
        }
        return new Written(tables.stream().mapToInt(t -> t.rows().size()).sum(),
                deals.stream().filter(LedgerExport::isDraft).count());
    }

    private List<TableExport.Table> tables(List<Deal> deals) {
        List<Person> people = source.people();
        List<Disclosure> results = source.results();
        Map<Long, String> codes = source.creditCodes();
        List<List<Object>> personRows = new ArrayList<>();
        for (Person p : people) {
            personRows.add(row(p.staffNo(), p.name(), p.departmentName(), label(p.leaderRole()), p.idNumber()));
        }
        List<List<Object>> resultRows = new ArrayList<>();
        List<List<Object>> ipRows = new ArrayList<>();
        for (Disclosure d : results) {
            resultRows.add(row(d.resultNo(), d.title(), d.disclosedOn(), d.departmentName(), label(d.resultType()),
                    label(d.funding()), d.inventors().stream().map(LedgerExport::inventor).collect(Collectors.joining(";"))));
            for (IpAsset ip : d.ipAssets()) {
                ipRows.add(row(d.resultNo(), label(ip.type()), ip.applicationNo(), ip.filedOn(), ip.grantedOn(),
                        label(ip.status())));
            }
        }
        List<List<Object>> contractRows = new ArrayList<>();
        List<List<Object>> receiptRows = new ArrayList<>();
        List<List<Object>> costRows = new ArrayList<>();
        for (Deal d : deals) {
            if (isDraft(d)) {
                continue; // not signed and no publicity: the ledger format has no place for it (签订日期 is required)
            }
            contractRows.add(row(d.contractNo(), label(d.mode()), label(d.licenseKind()), d.signedOn(),
                    d.contractAmount(), d.counterpartyName(), d.counterpartyId() == null ? null : codes.get(d.counterpartyId()),
                    label(d.pricing()), d.publicity() == null ? null : d.publicity().startsOn(),
                    d.publicity() == null ? null : d.publicity().endsOn(),
                    d.registration() == null ? null : d.registration().number(),
                    d.registration() == null ? null : d.registration().registeredOn(),
                    d.results().stream().map(r -> r.resultNo()).collect(Collectors.joining(";")),
                    d.equity() == null ? null : percent(d.equity().universityShare()), d.relatedParty() ? "是" : "否"));
            for (Receipt r : d.receipts()) {
                receiptRows.add(row(d.contractNo(), r.receivedOn(), r.amount(), r.voucherNo()));
            }
            for (Cost c : d.costs()) {
                costRows.add(row(d.contractNo(), c.incurredOn(), label(c.category()), c.amount()));
            }
        }
        return List.of(table(LedgerSheet.PEOPLE, personRows), table(LedgerSheet.RESULTS, resultRows),
                table(LedgerSheet.IP, ipRows), table(LedgerSheet.CONTRACTS, contractRows),
                table(LedgerSheet.RECEIPTS, receiptRows), table(LedgerSheet.COSTS, costRows));
    }

    /** Deals the format cannot hold: neither signed nor in publicity. */
    private static boolean isDraft(Deal d) {
        return d.signedOn() == null && (d.publicity() == null || d.publicity().startsOn() == null);
    }

    private static TableExport.Table table(LedgerSheet sheet, List<List<Object>> rows) {
        return new TableExport.Table(sheet.sheetName(), sheet.columns().stream().map(LedgerColumn::name).toList(), rows);
    }

    /** T001:40* — the share as a percentage, * for a key contributor (DOMAIN §9). */
    private static String inventor(Inventor i) {
        return i.staffNo() + ":" + i.share().percent().toPlainString() + (i.keyContributor() ? "*" : "");
    }

    private static BigDecimal percent(Percent p) {
        return p == null ? null : p.percent();
    }

    /** The Chinese label, as the template and the import's vocabulary have it, whatever the screen language. */
    private static String label(Labeled value) {
        return value == null ? null : CHINESE.getString(value.labelKey());
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
