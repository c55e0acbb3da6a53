package org.transferdesk.disclosure.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Navigator;

/** The results register list. */
public final class ResultsListView extends ListPageView<DisclosureSummary> {
    @FXML
    private ComboBox<ResultStatus> statusFilter;
    @FXML
    private ComboBox<String> departmentFilter;
    @FXML
    private ComboBox<ResultType> typeFilter;
    @FXML
    private ComboBox<Integer> yearFilter;

    private final ResultsListViewModel viewModel;
    private final Navigator navigator;

    public ResultsListView(ResultsListViewModel viewModel, Navigator navigator, ExportActions export) {
        super(viewModel, export, "results.title");
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @Override
    protected void bindFilters() {
        Cells.labeledChoices(statusFilter, ResultStatus.class, I18n.t("filter.allStatuses"));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        Cells.labeledChoices(typeFilter, ResultType.class, I18n.t("filter.allTypes"));
        typeFilter.valueProperty().bindBidirectional(viewModel.typeProperty());
        Cells.facet(departmentFilter, I18n.t("filter.allDepartments"), s -> s);
        Facets.bindChoices(departmentFilter, viewModel.departments());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentProperty());
        Cells.facet(yearFilter, I18n.t("filter.allYears"), String::valueOf);
        Facets.bindChoices(yearFilter, viewModel.years());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
    }

    @Override
    protected void open(DisclosureSummary row) {
        navigator.openResult(row.id());
    }

    @FXML
    private void onNew() {
        navigator.newResult();
    }
}
