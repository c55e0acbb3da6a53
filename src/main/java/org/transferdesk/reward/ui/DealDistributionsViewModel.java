package org.transferdesk.reward.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.deal.Deal;
import org.transferdesk.reward.DistributionService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.TaskExecutor;

/** The distributions of one deal (a tab of the deal editor), with how much of the receipts is still undistributed. */
public final class DealDistributionsViewModel {
    private final DistributionService service;
    private final TaskExecutor executor;
    private final ObservableList<DistributionListViewModel.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final DataEvents.Subscription subscription;
    private Long dealId;

    public DealDistributionsViewModel(DistributionService service, TaskExecutor executor, DataEvents events) {
        this.service = service;
        this.executor = executor;
        subscription = events.subscribe(change -> {
            if (dealId != null && (change.kind() == DataEvents.Change.Kind.DISTRIBUTION
                    || change.kind() == DataEvents.Change.Kind.ALL)) {
                reload();
            }
        });
    }

    /** The deal's window closed: it stops reloading on other windows' saves. */
    public void close() {
        subscription.cancel();
        dealId = null;
    }

    /** Shows the distributions of {@code deal} (a new, unsaved deal has none). */
    public void load(Deal deal) {
        dealId = deal == null ? null : deal.id();
        reload();
    }

    private void reload() {
        Long id = dealId;
        if (id == null) {
            rows.clear();
            summary.set("");
            return;
        }
        executor.execute(BackgroundTask.of(p -> new Loaded(service.ofDeal(id).stream()
                .map(DistributionListViewModel.Row::of).toList(),
                service.deal(id).map(d -> service.undistributedReceipts(d).stream()
                        .map(r -> r.amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                        .orElse(java.math.BigDecimal.ZERO))).onSuccess(loaded -> {
                            if (id.equals(dealId)) {
                                rows.setAll(loaded.rows());
                                summary.set(I18n.t("dealRewards.summary", loaded.rows().size(),
                                        Money.format(loaded.undistributed())));
                            }
                        }));
    }

    private record Loaded(java.util.List<DistributionListViewModel.Row> rows, java.math.BigDecimal undistributed) {
    }

    public Long dealId() {
        return dealId;
    }

    public ObservableList<DistributionListViewModel.Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
