package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;

/** The deal list (合同台账): binds to {@link DealListViewModel}; opens deals through the navigator. */
public final class DealListView extends ListPageView<DealSummary> {
    @FXML private ComboBox<DealMode> modeFilter;
    @FXML private ComboBox<DealStatus> statusFilter;
    @FXML private ComboBox<Integer> yearFilter;
    @FXML private ComboBox<String> departmentFilter;
    @FXML private ComboBox<String> counterpartyFilter;
    @FXML private ComboBox<Boolean> registeredFilter;

    private final DealListViewModel viewModel;

    public DealListView(DealListViewModel viewModel, DealNavigator navigator, ExportActions export) {
        super(viewModel, export, "dealList.title", row -> navigator.openDeal(row.id()), navigator::newDeal);
        this.viewModel = viewModel;
    }

    @Override
    protected void bindFilters() {
        DealListViewModel.Filters filters = viewModel.filters();
        Facets.bindLabeled(modeFilter, filters.mode(), I18n.t("dealList.allModes"));
        Facets.bindLabeled(statusFilter, filters.status(), I18n.t("filter.allStatuses"));
        Facets.bind(yearFilter, filters.year(), I18n.t("filter.allYears"), String::valueOf);
        Facets.bind(departmentFilter, filters.department(), I18n.t("filter.allDepartments"), s -> s);
        Facets.bind(counterpartyFilter, filters.counterparty(), I18n.t("dealList.allCounterparties"), s -> s);
        Facets.bind(registeredFilter, filters.registered(), I18n.t("dealList.allRegistered"),
                b -> b ? I18n.t("dealList.registeredYes") : I18n.t("dealList.registeredNo"));
    }
}
