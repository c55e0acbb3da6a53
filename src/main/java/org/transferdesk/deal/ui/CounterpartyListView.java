package org.transferdesk.deal.ui;

import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;

/** The counterparty list: binds to {@link CounterpartyListViewModel}; opens editors through callbacks. */
public final class CounterpartyListView extends ListPageView<Counterparty> {
    @FXML private ComboBox<String> regionFilter;
    @FXML private ComboBox<String> industryFilter;
    @FXML private ComboBox<EnterpriseSize> sizeFilter;

    private final CounterpartyListViewModel viewModel;

    /** {@code openCounterparty} opens the editor of an existing record, {@code newCounterparty} a new one. */
    public CounterpartyListView(CounterpartyListViewModel viewModel, ExportActions export,
                                LongConsumer openCounterparty, Runnable newCounterparty) {
        super(viewModel, export, "counterpartyList.title", row -> openCounterparty.accept(row.id()), newCounterparty);
        this.viewModel = viewModel;
    }

    @Override
    protected void bindFilters() {
        CounterpartyListViewModel.Filters filters = viewModel.filters();
        Facets.bind(regionFilter, filters.region(), I18n.t("counterpartyList.allRegions"), s -> s);
        Facets.bind(industryFilter, filters.industry(), I18n.t("counterpartyList.allIndustries"), s -> s);
        Facets.bindLabeled(sizeFilter, filters.size(), I18n.t("counterpartyList.allSizes"));
    }
}
