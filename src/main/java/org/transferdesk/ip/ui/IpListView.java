package org.transferdesk.ip.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.ip.IpListRow;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Navigator;

/** The IP register list; opening a row opens the result that owns the asset. */
public final class IpListView extends ListPageView<IpListRow> {
    @FXML
    private ComboBox<IpType> typeFilter;
    @FXML
    private ComboBox<IpStatus> statusFilter;
    @FXML
    private ComboBox<Integer> yearFilter;

    private final IpListViewModel viewModel;

    public IpListView(IpListViewModel viewModel, Navigator navigator, ExportActions export) {
        super(viewModel, export, "ipList.title", row -> navigator.openResult(row.disclosureId()));
        this.viewModel = viewModel;
    }

    @Override
    protected void bindFilters() {
        IpListViewModel.Filters filters = viewModel.filters();
        Facets.bindLabeled(typeFilter, filters.type(), I18n.t("filter.allTypes"));
        Facets.bindLabeled(statusFilter, filters.status(), I18n.t("filter.allIpStatuses"));
        Facets.bind(yearFilter, filters.year(), I18n.t("filter.allFilingYears"), String::valueOf);
    }
}
