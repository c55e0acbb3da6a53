package org.transferdesk.deal.ui;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SessionWindowView;
import org.transferdesk.ui.StatusMoves;

/**
 * The deal editor: the tab pane, the status and history tabs and the save bar; each other tab is its own
 * view (DealTermsView, DealPublicityView, ...) on its part of {@link DealEditorViewModel}.
 */
public final class DealEditorView extends SessionWindowView<DealEditorViewModel> {
    /** The deal editor is the widest window: its history's details get more room than the other editors'. */
    private static final double DETAILS_WIDTH = 600;

    @FXML private TabPane tabs;
    @FXML private HBox buttonBar;
    @FXML private Tab termsTab;
    @FXML private Tab publicityTab;
    @FXML private Tab approvalTab;
    @FXML private Tab moneyTab;
    @FXML private Tab costsTab;
    @FXML private Tab equityTab;
    @FXML private Label currentStatusLabel;
    @FXML private HBox statusButtons;
    @FXML private Label statusNewHint;
    @FXML private HistoryTab historyController;

    /** Adds a tab composed from another part (e.g. the diligence file) before the status tab; after build(). */
    public void addTab(String title, Parent content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        int statusIndex = Math.max(0, tabs.getTabs().size() - 2);
        tabs.getTabs().add(statusIndex, tab);
    }

    /** Adds a command button at the left of the button bar (e.g. export the publicity notice); after build(). */
    public void addButton(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        buttonBar.getChildren().add(0, button);
    }

    public DealEditorView(DealEditorViewModel viewModel, Runnable closeRequest) {
        super(viewModel, closeRequest);
    }

    @Override
    protected void bind() {
        // each tab is its own view on its own view model; the session's save collects their parts (DealTab)
        DealEditorViewModel vm = viewModel;
        termsTab.setContent(new DealTermsView(vm.terms(), vm.results(), vm.fieldErrors(), vm::validateField).build());
        publicityTab.setContent(new DealPublicityView(vm.publicity(), vm::today).build());
        approvalTab.setContent(new DealApprovalsView(vm.approvals(), vm.requiredApprovalProperty()).build());
        moneyTab.setContent(new DealMoneyView(vm).build());
        costsTab.setContent(new DealCostsView(vm.costs()).build());
        equityTab.setContent(new DealEquityView(vm.equity()).build());
        equityTab.disableProperty().bind(vm.terms().contract().mode().isNotEqualTo(DealMode.EQUITY));
        bindStatus();
        historyController.bind(vm.auditHistory());
        historyController.detailsWidth(DETAILS_WIDTH);
    }

    private void bindStatus() {
        StatusMoves<DealStatus> status = viewModel.status();
        currentStatusLabel.textProperty().bind(status.currentLabel());
        NodeVisibility.shownWhen(statusNewHint, viewModel.savedProperty().not());
        Runnable buttons = () -> statusButtons.getChildren().setAll(status.allowedNext().stream().map(s -> {
            Button b = new Button(I18n.t("dealEditor.status.moveTo", s.label()));
            b.setId("status-" + s.name());
            b.setOnAction(e -> viewModel.changeStatus(s));
            b.disableProperty().bind(viewModel.busyProperty());
            return b;
        }).toList());
        status.allowedNext().addListener((ListChangeListener<DealStatus>) c -> buttons.run());
        buttons.run();
    }
}
