package org.transferdesk.deal.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.Cells;
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
    private final DealNavigator navigator;

    public DealListView(DealListViewModel viewModel, DealNavigator navigator, ExportActions export) {
        super(viewModel, export, "dealList.title");
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @Override
    protected void bindFilters() {
        Cells.labeledChoices(modeFilter, DealMode.class, I18n.t("dealList.allModes"));
        modeFilter.valueProperty().bindBidirectional(viewModel.modeProperty());
        Cells.labeledChoices(statusFilter, DealStatus.class, I18n.t("filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Cells.facet(yearFilter, I18n.t("filter.allYears"), String::valueOf);
        Facets.bindChoices(yearFilter, viewModel.years());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
        Cells.facet(departmentFilter, I18n.t("filter.allDepartments"), s -> s);
        Facets.bindChoices(departmentFilter, viewModel.departments());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentProperty());
        Cells.facet(counterpartyFilter, I18n.t("dealList.allCounterparties"), s -> s);
        Facets.bindChoices(counterpartyFilter, viewModel.counterparties());
        counterpartyFilter.valueProperty().bindBidirectional(viewModel.counterpartyProperty());
        registeredFilter.getItems().setAll(null, Boolean.TRUE, Boolean.FALSE);
        Cells.facet(registeredFilter, I18n.t("dealList.allRegistered"),
                b -> b ? I18n.t("dealList.registeredYes") : I18n.t("dealList.registeredNo"));
        registeredFilter.valueProperty().bindBidirectional(viewModel.registeredProperty());
    }

    @Override
    protected void open(DealSummary row) {
        navigator.openDeal(row.id());
    }

    @FXML
    private void onNew() {
        navigator.newDeal();
    }
}
