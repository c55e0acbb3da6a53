package org.transferdesk.catalogue.ui;

import java.util.function.LongConsumer;
import org.transferdesk.catalogue.CatalogueRow;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;

/** The 成果目录 page; opening a row opens the result's public profile. */
public final class CatalogueListView extends ListPageView<CatalogueRow> {
    /** {@code openProfile} opens the profile editor of a result, by the result's id. */
    public CatalogueListView(CatalogueListViewModel viewModel, ExportActions export, LongConsumer openProfile) {
        super(viewModel, export, "catalogueList.title", row -> openProfile.accept(row.disclosureId()));
    }
}
