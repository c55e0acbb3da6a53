package org.transferdesk.disclosure.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
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

    public ResultsListView(ResultsListViewModel viewModel, Navigator navigator, ExportActions export) {
        super(viewModel, export, "results.title", row -> navigator.openResult(row.id()), navigator::newResult);
        this.viewModel = viewModel;
    }

    @Override
    protected void bindFilters() {
        ResultsListViewModel.Filters filters = viewModel.filters();
        Facets.bindLabeled(statusFilter, filters.status(), I18n.t("filter.allStatuses"));
        Facets.bindLabeled(typeFilter, filters.type(), I18n.t("filter.allTypes"));
        Facets.bind(departmentFilter, filters.department(), I18n.t("filter.allDepartments"), s -> s);
        Facets.bind(yearFilter, filters.year(), I18n.t("filter.allYears"), String::valueOf);
    }
}
