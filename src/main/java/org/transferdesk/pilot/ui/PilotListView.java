package org.transferdesk.pilot.ui;

import javafx.fxml.FXML;
import javafx.scene.control.MenuItem;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Page;

/** The pilot case list (赋权案件台账). */
public final class PilotListView extends ListPageView<PilotCaseSummary> {
    @FXML private MenuItem registerExportItem;

    private Runnable exportRegister;

    /** {@code chooser} asks for the result of a new case. */
    public PilotListView(PilotListViewModel viewModel, PilotNavigator navigator, ExportActions export,
                         ResultChooser chooser) {
        super(viewModel, export, "pilotList.title", row -> navigator.openCase(row.id()),
                () -> chooser.choose(I18n.t("pilotList.new")).ifPresent(navigator::startCase));
    }

    /**
     * What "导出台账…" (the case register for the provincial department) calls; the menu item is shown only
     * once this is set.
     */
    public PilotListView onExportRegister(Runnable action) {
        this.exportRegister = action;
        return this;
    }

    @Override
    public Page build() {
        Page page = super.build();
        registerExportItem.setVisible(exportRegister != null);
        return page;
    }

    @FXML
    private void onExportRegister() {
        if (exportRegister != null) {
            exportRegister.run();
        }
    }
}
