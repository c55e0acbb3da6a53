package org.transferdesk.ledger;

import org.transferdesk.audit.AuditAnchors;
import org.transferdesk.audit.AuditChain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.export.TableExport;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.people.Person;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotValidator;
import org.transferdesk.pilot.StepRecord;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionLine;

/**
 * {@code export ledger OUT} (issue 17): the records in the import format (DOMAIN §9), so an office can take its data
 * elsewhere or check an import by importing the export: the template's eight sheets with its Chinese headers, values
 * as the Chinese labels whatever the screen language, yuan with 2 decimals, ISO dates, percentages as numbers (40 for
 * 40%; a share of at most 1% is written with its sign, "0.5%", as the import refuses a bare number up to 1 as
 * ambiguous). OUT ending in {@code .xlsx} is one workbook; otherwise a folder of UTF-8 CSV files named after the
 * sheets. Importing the export into an empty data folder gives the same export again.
 *
 * <p>人员, 成果, 知识产权, 合同, 到账 and 费用 hold every person, result, IP asset, deal, receipt and cost, except draft
 * contracts (neither signed nor in publicity: 签订日期 is required), which are left out and counted
 * ({@link Written#draftsLeftOut}), with their receipts and costs.
 *
 * <p>奖励发放 holds the rewards paid: one row per person, contract, payment date and 类型 (现金 for a cash distribution
 * of a transfer or licence, of a technical development/consulting/service contract or of own implementation, 股权 for
 * an equity distribution), as the import makes one paid distribution per contract,
 * date and type with a line per person; a person's lines that fall together are summed (amount, company share, tax
 * withheld where recorded), and 公示 is 是 when a distribution of that contract, date and type was publicised. A
 * distribution is left out and counted ({@link Written#rewardsLeftOut}) when any money it holds is not in the sheet:
 * not paid yet (draft, in publicity, approved, or lines still unpaid), revoked, of a kind the sheet has no 类型 for
 * (patent grant bonus, ownership income), of a draft contract, or an equity line without
 * a company share (a leader's reward converted to cash). A row names every receipt of its payment (到账日期, 凭证号 —
 * what R-TAX58's 36 months run from, per receipt): one as a date, several as lists joined by ";" that the import
 * reads position by position, so the same receipts, and so the same 58号 exempt part, come back. A distribution
 * computed in TransferDesk goes out as its payments only: its cost deductions, policy and rate are not in the
 * format, and the import records the payments without them; these are counted too
 * ({@link Written#rewardsAsPayments}).
 *
 * <p>赋权 holds the pilot cases under way: the model (所有权 or 长期使用权, as the ledger writes them), the team share or
 * the term, the publicity, the agreement, the registration and, once agreed, the conversion deadline. The import
 * makes each the path up to its furthest dated step, the team from the result's contribution shares; the other
 * steps' dates, the agreement's other terms, the use fee, the team's own split and the objections are not in the
 * format. A case the format cannot carry is left out and counted ({@link Written#pilotsLeftOut}): a draft not yet
 * applied for, a case refused, recovered, expired or converted (the import would make it a live case, or a co-owner
 * again), a publicity still running (the import takes no date after today), a use right with renewal terms, and
 * one whose result's type may no longer be granted.
 */
public final class LedgerExport {
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(I18n.BUNDLE, I18n.CHINESE);
    /** 奖励发放 in the import's order of its key: contract, payment date, type, then the person. */
    private static final Comparator<PaymentKey> PAYMENT_ORDER = Comparator.comparing(PaymentKey::contractNo)
            .thenComparing(PaymentKey::paidOn).thenComparing(PaymentKey::kind).thenComparing(PaymentKey::staffNo);

    private final LedgerExportSource source;
    private final Clock clock;

    /** {@code clock}: today, as the import sees it (a publicity that ends after today is still running). */
    public LedgerExport(LedgerExportSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /**
     * What was written: data rows; the draft contracts, the distributions (wholly or partly) and the pilot cases left
     * out; and the distributions computed in TransferDesk that went out as their payments only.
     */
    public record Written(int rows, long draftsLeftOut, long rewardsLeftOut, long rewardsAsPayments,
                          long pilotsLeftOut) {

        /** One sentence per count above zero, in the screen language, for the CLI's stderr and the app's notice. */
        public List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (draftsLeftOut > 0) {
                notes.add(I18n.t("cli.export.ledgerDrafts", draftsLeftOut));
            }
            if (rewardsLeftOut > 0) {
                notes.add(I18n.t("cli.export.ledgerRewardsLeftOut", rewardsLeftOut));
            }
            if (rewardsAsPayments > 0) {
                notes.add(I18n.t("cli.export.ledgerRewardsAsPayments", rewardsAsPayments));
            }
            if (pilotsLeftOut > 0) {
                notes.add(I18n.t("cli.export.ledgerPilotsLeftOut", pilotsLeftOut));
            }
            return notes;
        }
    }

    public Written write(Path out) {
        List<Deal> deals = source.deals();
        List<Deal> written = deals.stream().filter(d -> !isDraft(d)).toList();
        Rows rewards = rewardRows(source.distributions(), written);
        Rows pilots = pilotRows(source.pilotCases(), LocalDate.now(clock));
        List<TableExport.Table> tables = new ArrayList<>(tables(written));
        tables.add(table(LedgerSheet.REWARDS_PAID, rewards.rows()));
        tables.add(table(LedgerSheet.PILOTS, pilots.rows()));
        // issue 22: the export records the audit chain's latest place and hash, so a chain rewritten later is caught
        // against it (audit verify --against), and the export itself, of names and ID numbers, is audited
        AuditChain.Anchor anchor = source.auditAnchor();
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            TableExport.writeXlsx(out, tables, AuditAnchors.properties(anchor));
        } else {
            try {
                Files.createDirectories(out);
                AuditAnchors.writeToFolder(out, anchor);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (TableExport.Table t : tables) {
                TableExport.writeCsv(out.resolve(t.name() + ".csv"), t.headers(), t.rows());
            }
        }
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        source.audit(AuditAnchors.exportEntry(LocalDateTime.now(clock), "ledger", "-", rows, out));
        return new Written(rows, deals.size() - written.size(),
                rewards.leftOut(), rewards.asPayments(), pilots.leftOut());
    }

    /** 人员 to 费用, of the deals that are not drafts. */
    private List<TableExport.Table> tables(List<Deal> deals) {
        List<Person> people = source.people();
        List<Disclosure> results = source.results();
        Map<Long, String> codes = source.creditCodes();
        Map<Long, Counterparty> parties = source.counterparties();
        List<List<Object>> personRows = new ArrayList<>();
        for (Person p : people) {
            personRows.add(row(p.staffNo(), p.name(), p.departmentName(), label(p.leaderRole()), p.idNumber(),
                    p.idNumber() == null ? null : label(p.idType())));
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
            contractRows.add(row(d.contractNo(), label(d.mode()), label(d.licenseKind()), d.signedOn(),
                    d.contractAmount(), d.counterpartyName(), d.counterpartyId() == null ? null : codes.get(d.counterpartyId()),
                    label(d.pricing()), d.publicity() == null ? null : d.publicity().startsOn(),
                    d.publicity() == null ? null : d.publicity().endsOn(),
                    d.registration() == null ? null : d.registration().number(),
                    d.registration() == null ? null : d.registration().registeredOn(),
                    d.results().stream().map(r -> r.resultNo()).collect(Collectors.joining(";")),
                    d.equity() == null ? null : percent(d.equity().universityShare()), d.relatedParty() ? "是" : "否",
                    industryOf(party(parties, d)), regionOf(party(parties, d))));
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

    /** A sheet's rows, the records left out of it, and (奖励发放) the computed distributions written as payments. */
    private record Rows(List<List<Object>> rows, long leftOut, long asPayments) {
    }

    /** What identifies a 奖励发放 row: the import's distribution (contract, date, type) and the person. */
    private record PaymentKey(String contractNo, LocalDate paidOn, RewardKind kind, String staffNo) {
        String distribution() {
            return LedgerLookup.rewardKey(contractNo, paidOn, kind);
        }
    }

    /** A person's paid lines under one key, summed; the tax only where some line recorded it. */
    private static final class Payment {
        private BigDecimal amount = Money.of(BigDecimal.ZERO);
        private BigDecimal companyShare;
        private BigDecimal tax;
        private final Map<Long, DistributedReceipt> receipts = new HashMap<>();

        void add(DistributionLine line, RewardKind kind, List<DistributedReceipt> from) {
            // every receipt: 58号's 36 months run per receipt, and the import links back exactly those named
            from.forEach(r -> receipts.putIfAbsent(r.receiptId(), r));
            amount = amount.add(line.amount());
            if (kind == RewardKind.EQUITY) {
                companyShare = companyShare == null ? line.equityShare() : companyShare.add(line.equityShare());
            }
            if (line.taxWithheld() != null) {
                tax = tax == null ? line.taxWithheld() : tax.add(line.taxWithheld());
            }
        }
    }

    /** 奖励发放: the paid lines of the live cash (any mode) and equity distributions of the deals written (see the class notes). */
    private static Rows rewardRows(List<Distribution> distributions, List<Deal> deals) {
        Map<Long, Deal> written = new HashMap<>();
        deals.forEach(d -> written.put(d.id(), d));
        Map<PaymentKey, Payment> payments = new TreeMap<>(PAYMENT_ORDER);
        Set<String> publicised = new HashSet<>();
        long leftOut = 0;
        long asPayments = 0;
        for (Distribution d : distributions) {
            Deal deal = d.dealId() == null ? null : written.get(d.dealId());
            RewardKind kind = RewardKind.of(d.kind()).orElse(null);
            boolean carried = d.status().isLive() && kind != null && deal != null && kind.fits(deal.mode());
            int lines = 0;
            boolean missed = !carried;
            for (DistributionLine l : d.lines()) {
                if (l.waived() || l.amount().signum() <= 0) {
                    continue; // nobody is paid on this line
                }
                // an equity row needs a company share (the import refuses none, or one rounding to 0) and no tax
                boolean fits = kind != RewardKind.EQUITY || l.isEquity() && new Percent(l.equityShare()).isPositive()
                        && l.taxWithheld() == null;
                if (!carried || !l.isPaid() || !fits) {
                    missed = true;
                    continue;
                }
                PaymentKey key = new PaymentKey(deal.contractNo(), l.paidOn(), kind, l.staffNo());
                payments.computeIfAbsent(key, k -> new Payment()).add(l, kind, d.receipts());
                if (d.workflow().isPublicised()) {
                    publicised.add(key.distribution());
                }
                lines++;
            }
            if (missed || lines == 0) {
                leftOut++;
            }
            if (lines > 0 && !d.imported()) {
                asPayments++;
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        payments.forEach((key, p) -> rows.add(row(key.contractNo(), key.paidOn(), key.staffNo(), label(key.kind()),
                Money.of(p.amount), p.companyShare == null ? null : percent(new Percent(p.companyShare)),
                publicised.contains(key.distribution()) ? "是" : "否", p.tax == null ? null : Money.of(p.tax),
                receivedOn(p.receipts.values()), vouchers(p.receipts.values()))));
        return new Rows(rows, leftOut, asPayments);
    }

    /** 到账/凭证号 order: by date, then voucher (none first). */
    private static final Comparator<DistributedReceipt> RECEIPT_ORDER = Comparator.comparing(
            DistributedReceipt::receivedOn).thenComparing(DistributedReceipt::voucherNo,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * 到账日期: one receipt as a date (the format files had before lists); several as their dates joined by ";", in
     * step with {@link #vouchers}.
     */
    private static Object receivedOn(java.util.Collection<DistributedReceipt> receipts) {
        List<DistributedReceipt> sorted = receipts.stream().sorted(RECEIPT_ORDER).toList();
        if (sorted.size() == 1) {
            return sorted.get(0).receivedOn();
        }
        return sorted.isEmpty() ? null
                : sorted.stream().map(r -> r.receivedOn().toString()).collect(Collectors.joining(";"));
    }

    /** 凭证号: the vouchers in the order of {@link #receivedOn}, a receipt without one an empty part; none: blank. */
    private static String vouchers(java.util.Collection<DistributedReceipt> receipts) {
        List<DistributedReceipt> sorted = receipts.stream().sorted(RECEIPT_ORDER).toList();
        if (sorted.stream().allMatch(r -> r.voucherNo() == null)) {
            return null;
        }
        return sorted.stream().map(r -> Objects.toString(r.voucherNo(), "")).collect(Collectors.joining(";"));
    }

    /** 赋权: one row per case the format can carry, by result number (see the class notes). */
    private static Rows pilotRows(List<PilotCase> cases, LocalDate today) {
        List<List<Object>> rows = new ArrayList<>();
        Set<String> results = new HashSet<>();
        long leftOut = 0;
        List<PilotCase> sorted = cases.stream().sorted(Comparator.comparing(PilotCase::resultNo)
                .thenComparing(PilotCase::caseNo, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        for (PilotCase c : sorted) {
            Optional<List<Object>> row = pilotRow(c, today);
            // the import takes one case per result; only one can be under way
            if (row.isPresent() && results.add(c.resultNo())) {
                rows.add(row.get());
            } else {
                leftOut++;
            }
        }
        return new Rows(rows, leftOut, 0);
    }

    /** The case as the import reads it back (PilotSheetParser's checks), or empty when the format cannot carry it. */
    private static Optional<List<Object>> pilotRow(PilotCase c, LocalDate today) {
        PilotStep current = c.currentStep();
        if (c.model() == null || current == null || current.ends() || current == PilotStep.CONVERTED
                || !PilotValidator.eligible(c.resultType())) {
            return Optional.empty();
        }
        boolean ownership = c.model() == PilotModel.OWNERSHIP;
        boolean figures = ownership
                ? c.teamShare() != null && c.teamShare().isPositive() && c.teamShare().compareTo(Percent.HUNDRED) < 0
                : c.useYears() != null && c.useYears() > 0 && (c.renewalYears() == null || c.renewalYears() == 0);
        StepRecord publicity = c.step(PilotStep.PUBLICITY).orElse(null);
        LocalDate from = publicity == null ? null : publicity.doneOn();
        LocalDate to = publicity == null ? null : publicity.endsOn();
        LocalDate agreed = c.dateOf(PilotStep.AGREEMENT).orElse(null);
        LocalDate registered = ownership ? c.dateOf(PilotStep.REGISTERED).orElse(null) : null;
        LocalDate convertBy = agreed == null ? null : c.terms().convertBy();
        boolean dates = (from == null) == (to == null) && (to == null || !to.isAfter(today))
                && (agreed == null || to != null && agreed.isAfter(to))
                && (registered == null || agreed != null && !registered.isBefore(agreed))
                && (convertBy == null || convertBy.isAfter(agreed));
        if (!figures || !dates) {
            return Optional.empty();
        }
        return Optional.of(row(c.resultNo(), ownership ? "所有权" : "长期使用权",
                ownership ? percent(c.teamShare()) : null, ownership ? null : c.useYears(), from, to, agreed, registered,
                convertBy));
    }

    private static TableExport.Table table(LedgerSheet sheet, List<List<Object>> rows) {
        return new TableExport.Table(sheet.sheetName(), sheet.columns().stream().map(LedgerColumn::name).toList(), rows);
    }

    /** T001:40* — the share as a percentage, * for a key contributor (DOMAIN §9). */
    private static String inventor(Inventor i) {
        return i.staffNo() + ":" + i.share().percent().toPlainString() + (i.keyContributor() ? "*" : "");
    }

    /**
     * 40 for 40%; at most 1% as text with its sign ("0.5%"), since the import refuses a bare 0.5 (0.5% or 50%?).
     * The percentage has the 4 decimals a {@link Percent} keeps, as the import stores it.
     */
    private static Object percent(Percent p) {
        if (p == null) {
            return null;
        }
        BigDecimal n = p.percent();
        return n.signum() > 0 && n.compareTo(BigDecimal.ONE) <= 0 ? n.toPlainString() + "%" : n;
    }

    /** The Chinese label, as the template and the import's vocabulary have it, whatever the screen language. */
    private static Counterparty party(Map<Long, Counterparty> parties, Deal d) {
        return d.counterpartyId() == null ? null : parties.get(d.counterpartyId());
    }

    /** The section's label, or the text as written while it maps to none (so a re-import asks about it again). */
    private static String industryOf(Counterparty c) {
        return c == null ? null : c.industrySection() != null ? label(c.industrySection()) : c.industry();
    }

    private static String regionOf(Counterparty c) {
        return c == null ? null : c.province() != null ? label(c.province()) : c.region();
    }

    private static String label(Labeled value) {
        return value == null ? null : CHINESE.getString(value.labelKey());
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
