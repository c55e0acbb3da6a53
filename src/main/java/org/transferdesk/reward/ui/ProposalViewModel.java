package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.reward.OperatingProfit;
import org.transferdesk.reward.Proposal;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * "New distribution": the kind, then what to distribute — receipts of a transfer or licence, an equity
 * deal, a year's operating profit of an own or joint implementation (recorded first), or a granted
 * patent. Asks the service for the proposal; the editor shows it unsaved.
 */
public final class ProposalViewModel {
    /** A receipt offered for a cash distribution, ticked or not. */
    public record ReceiptChoice(Receipt receipt, BooleanProperty chosen) {
        @Override
        public String toString() {
            return receipt.receivedOn() + "  " + Money.format(receipt.amount())
                    + (receipt.voucherNo() == null ? "" : "  " + receipt.voucherNo());
        }
    }

    /** A granted patent still without its bonus. */
    public record PatentChoice(long ipAssetId, long resultId, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static final List<DistributionKind> KINDS = List.of(DistributionKind.CASH, DistributionKind.TECH_CONTRACT,
            DistributionKind.EQUITY, DistributionKind.SELF_IMPLEMENTATION, DistributionKind.PATENT_BONUS);

    private final DistributionService service;
    private final DealService deals;
    private final DisclosureService results;
    private final TaskExecutor executor;
    private final ObjectProperty<DistributionKind> kind = new SimpleObjectProperty<>(DistributionKind.CASH);
    private final List<DealSummary> allDeals = new ArrayList<>();
    private final ObservableList<DealSummary> dealChoices = FXCollections.observableArrayList();
    private final ObjectProperty<DealSummary> deal = new SimpleObjectProperty<>();
    private final ObservableList<ReceiptChoice> receipts = FXCollections.observableArrayList();
    private final ObservableList<PatentChoice> patents = FXCollections.observableArrayList();
    private final ObjectProperty<PatentChoice> patent = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty profit = new SimpleStringProperty("");
    private final StringProperty profitNote = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Long preselectedDeal;
    private java.util.Set<Long> preselectedReceipts = java.util.Set.of();

    public ProposalViewModel(DistributionService service, DealService deals, DisclosureService results,
                             TaskExecutor executor) {
        this.service = service;
        this.deals = deals;
        this.results = results;
        this.executor = executor;
        kind.addListener((o, a, b) -> filterDeals());
        deal.addListener((o, a, b) -> loadReceipts());
    }

    /** Receipts to tick when the preselected deal's receipts are shown; empty = every undistributed receipt. */
    public void preselectReceipts(java.util.Set<Long> receiptIds) {
        preselectedReceipts = java.util.Set.copyOf(receiptIds);
    }

    /** Loads the deals and the patents awaiting a bonus; {@code dealId} (may be null) is chosen with its mode's kind. */
    public void load(Long dealId, Runnable whenReady) {
        preselectedDeal = dealId;
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(deals.list(), patentChoices())).onSuccess(loaded -> {
            allDeals.clear();
            allDeals.addAll(loaded.deals());
            patents.setAll(loaded.patents());
            DealSummary chosen = allDeals.stream().filter(d -> dealId != null && d.id() == dealId).findFirst().orElse(null);
            if (chosen != null) {
                kind.set(kindOf(chosen.mode()));
            }
            filterDeals();
            if (chosen != null) {
                deal.set(chosen);
            }
            whenReady.run();
        }).onFinished(() -> busy.set(false)));
    }

    private record Loaded(List<DealSummary> deals, List<PatentChoice> patents) {
    }

    private List<PatentChoice> patentChoices() {
        List<PatentChoice> choices = new ArrayList<>();
        for (Map.Entry<Long, Long> e : service.patentsAwaitingBonus().entrySet()) {
            results.find(e.getValue()).ifPresent(r -> r.ipAssets().stream()
                    .filter(a -> a.id() != null && a.id().equals(e.getKey())).findFirst()
                    .ifPresent(a -> choices.add(new PatentChoice(a.id(), r.id(),
                            a.applicationNo() + " · " + r.resultNo() + " " + r.title() + " · " + a.grantedOn()))));
        }
        return choices;
    }

    static DistributionKind kindOf(DealMode mode) {
        return switch (mode) {
            case EQUITY -> DistributionKind.EQUITY;
            case SELF, COOPERATION -> DistributionKind.SELF_IMPLEMENTATION;
            case DEVELOPMENT, CONSULTING, SERVICE -> DistributionKind.TECH_CONTRACT;
            default -> DistributionKind.CASH;
        };
    }

    /** Kinds proposed from chosen receipts (R-45-1, R-45-TECH): the screen lists the deal's undistributed receipts. */
    public static boolean byReceipts(DistributionKind kind) {
        return kind == DistributionKind.CASH || kind == DistributionKind.TECH_CONTRACT;
    }

    static Set<DealMode> modesOf(DistributionKind kind) {
        return switch (kind) {
            case CASH -> EnumSet.of(DealMode.TRANSFER, DealMode.LICENSE);
            case TECH_CONTRACT -> EnumSet.of(DealMode.DEVELOPMENT, DealMode.CONSULTING, DealMode.SERVICE);
            case EQUITY -> EnumSet.of(DealMode.EQUITY);
            case SELF_IMPLEMENTATION -> EnumSet.of(DealMode.SELF, DealMode.COOPERATION);
            default -> EnumSet.noneOf(DealMode.class);
        };
    }

    private void filterDeals() {
        Set<DealMode> modes = modesOf(kind.get() == null ? DistributionKind.CASH : kind.get());
        DealSummary chosen = deal.get();
        dealChoices.setAll(allDeals.stream().filter(d -> modes.contains(d.mode())).toList());
        deal.set(chosen != null && dealChoices.contains(chosen) ? chosen : null);
        problems.clear();
    }

    private void loadReceipts() {
        receipts.clear();
        DealSummary d = deal.get();
        if (d == null || !byReceipts(kind.get())) {
            return;
        }
        boolean preselected = preselectedDeal != null && preselectedDeal == d.id();
        java.util.Set<Long> wanted = preselected ? preselectedReceipts : java.util.Set.of();
        executor.execute(BackgroundTask.of(p -> service.deal(d.id()).map(service::undistributedReceipts)
                .orElse(List.of())).onSuccess(list -> {
                    if (d.equals(deal.get())) {
                        // the receipts chosen in the deal editor, else all of the deal's, else the only one
                        boolean anyWanted = list.stream().anyMatch(r -> wanted.contains(r.id()));
                        receipts.setAll(list.stream().map(r -> new ReceiptChoice(r, new SimpleBooleanProperty(
                                anyWanted ? wanted.contains(r.id()) : preselected || list.size() == 1))).toList());
                    }
                }));
    }

    /** Asks for the proposal; {@code onProposal} gets it, or the problems are listed here. */
    public void propose(Consumer<Proposal> onProposal) {
        problems.clear();
        DistributionKind k = kind.get();
        DealSummary d = deal.get();
        PatentChoice pc = patent.get();
        List<Long> receiptIds = receipts.stream().filter(r -> r.chosen().get()).map(r -> r.receipt().id()).toList();
        List<String> missing = new ArrayList<>();
        if (k == DistributionKind.PATENT_BONUS && pc == null) {
            missing.add(I18n.t("proposal.choosePatent"));
        } else if (k != DistributionKind.PATENT_BONUS && d == null) {
            missing.add(I18n.t("proposal.chooseDeal"));
        }
        if (byReceipts(k) && d != null && receiptIds.isEmpty()) {
            missing.add(I18n.t("proposal.chooseReceipts"));
        }
        Integer y = null;
        BigDecimal amount = null;
        if (k == DistributionKind.SELF_IMPLEMENTATION) {
            y = parseYear(year.get());
            if (y == null) {
                missing.add(I18n.t("proposal.yearInvalid"));
            }
            if (profit.get() != null && !profit.get().isBlank()) {
                amount = Money.parse(profit.get().replace("−", "-")).orElse(null);
                if (amount == null) {
                    missing.add(I18n.t("proposal.profitInvalid"));
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.setAll(missing);
            return;
        }
        Integer profitYear = y;
        BigDecimal profitAmount = amount;
        String note = profitNote.get() == null || profitNote.get().isBlank() ? null : profitNote.get().strip();
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> switch (k) {
            case CASH, TECH_CONTRACT -> service.proposeCash(d.id(), receiptIds);
            case EQUITY -> service.proposeEquity(d.id());
            case SELF_IMPLEMENTATION -> {
                if (profitAmount != null) {
                    service.recordOperatingProfit(new OperatingProfit(d.id(), profitYear, profitAmount, note));
                }
                yield service.proposeSelfImplementation(d.id(), profitYear);
            }
            default -> service.proposePatentBonus(pc.resultId(), pc.ipAssetId());
        }).onSuccess(onProposal).onFailure(error -> problems.setAll(ErrorHandler.messages(error))).onFinished(() -> busy.set(false)));
    }

    private static Integer parseYear(String text) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            return y >= 1990 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ObjectProperty<DistributionKind> kindProperty() {
        return kind;
    }

    public ObservableList<DealSummary> dealChoices() {
        return dealChoices;
    }

    public ObjectProperty<DealSummary> dealProperty() {
        return deal;
    }

    public ObservableList<ReceiptChoice> receipts() {
        return receipts;
    }

    public ObservableList<PatentChoice> patents() {
        return patents;
    }

    public ObjectProperty<PatentChoice> patentProperty() {
        return patent;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty profitProperty() {
        return profit;
    }

    public StringProperty profitNoteProperty() {
        return profitNote;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
