package org.transferdesk.deal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.transferdesk.audit.ui.HistoryTab;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.DealFlow;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SessionWindowView;
import org.transferdesk.ui.StatusMoves;
import org.transferdesk.ui.TimelineRows;

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
    @FXML private VBox flowBox;
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
        ObservableList<DealFlow.Step> steps = viewModel.flow().steps();
        // the moves on the timeline get their button on their step; the others (终止) stay in the row below it
        Runnable buttons = () -> statusButtons.getChildren().setAll(status.allowedNext().stream()
                .filter(s -> steps.stream().noneMatch(step -> step.moveTo() == s))
                .map(s -> moveButton(s, viewModel.busyProperty())).toList());
        status.allowedNext().addListener((ListChangeListener<DealStatus>) c -> buttons.run());
        steps.addListener((ListChangeListener<DealFlow.Step>) c -> {
            buttons.run();
            drawFlow(steps);
        });
        buttons.run();
        drawFlow(steps);
    }

    private Button moveButton(DealStatus to, ObservableBooleanValue disabled) {
        Button b = new Button(I18n.t("dealEditor.status.moveTo", to.label()));
        b.setId("status-" + to.name());
        b.setOnAction(e -> viewModel.changeStatus(to));
        b.disableProperty().bind(disabled);
        return b;
    }

    /** Each step with its dates and checks; a move's button is enabled only when its checks pass. */
    private void drawFlow(List<DealFlow.Step> steps) {
        flowBox.getChildren().setAll(steps.stream().map(step -> {
            List<Label> lines = new ArrayList<>();
            if (!step.when().isEmpty()) {
                lines.add(TimelineRows.detail(step.when()));
            }
            step.checks().forEach(c -> lines.add(TimelineRows.check(c.ok(), c.text())));
            Button move = step.moveTo() == null ? null : moveButton(step.moveTo(),
                    viewModel.busyProperty().or(new SimpleBooleanProperty(!step.canMove())));
            return TimelineRows.row(MARKS.get(step.state()), step.kind().label(), lines, move);
        }).toList());
    }

    private static final Map<DealFlow.State, TimelineRows.Mark> MARKS = Map.of(DealFlow.State.DONE,
            TimelineRows.Mark.DONE, DealFlow.State.CURRENT, TimelineRows.Mark.CURRENT, DealFlow.State.OPEN,
            TimelineRows.Mark.NEXT, DealFlow.State.BLOCKED, TimelineRows.Mark.BLOCKED, DealFlow.State.LATER,
            TimelineRows.Mark.LATER);
}
