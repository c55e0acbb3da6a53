package org.transferdesk.due.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.ViewLoader;
import org.transferdesk.ui.help.HelpLinks;

/**
 * 待办 / Due: the open deadlines under consequence (or week, or kind) headings, what matters most first. Enter or a double click opens
 * the record; Ctrl+D marks the selected item done with the day and note from the bar below.
 */
public final class DueView {
    private static final KeyCombination MARK_DONE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);

    @FXML private TextField searchField;
    @FXML private ComboBox<DueKind> kindFilter;
    @FXML private ComboBox<Horizon> horizonFilter;
    @FXML private ToggleButton byConsequenceButton;
    @FXML private ToggleButton byWeekButton;
    @FXML private ToggleButton byKindButton;
    @FXML private TreeTableView<Row> tree;
    @FXML private HBox selectedBar;
    @FXML private Label selectedLabel;
    @FXML private DatePicker doneOnPicker;
    @FXML private Label paidAmountLabel;
    @FXML private TextField paidAmountField;
    @FXML private Label receiptNoLabel;
    @FXML private TextField receiptNoField;
    @FXML private TextField noteField;
    @FXML private Button doneButton;
    @FXML private Label errorLabel;
    @FXML private Label calendarGapLabel;
    @FXML private Label attentionKindsLabel;
    @FXML private MenuItem icsItem;
    @FXML private Button feePlanButton;
    @FXML private Button doneMarksButton;

    private final DueViewModel viewModel;
    private final DueNavigator navigator;
    private final ExportActions export;
    private Runnable exportIcs;
    private Runnable feePlan;
    private Runnable showDone;

    /** A heading (group) or an item of the tree. */
    public record Row(DueGroup group, DueItem item) {
    }

    public DueView(DueViewModel viewModel, DueNavigator navigator, ExportActions export) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.export = export;
    }

    /** What 导出 → 日历 (.ics)… calls; hidden until set. */
    public DueView onExportIcs(Runnable action) {
        this.exportIcs = action;
        return this;
    }

    /** What 已办记录… calls; hidden until set. */
    public DueView onShowDone(Runnable action) {
        this.showDone = action;
        return this;
    }

    /** What 专利年费预算… calls; hidden until set. */
    public DueView onFeePlan(Runnable action) {
        this.feePlan = action;
        return this;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        icsItem.setVisible(exportIcs != null);
        feePlanButton.setVisible(feePlan != null);
        feePlanButton.setManaged(feePlan != null);
        doneMarksButton.setVisible(showDone != null);
        doneMarksButton.setManaged(showDone != null);
        viewModel.load();
        LiveData.whileShown(node, viewModel::setShown);
        return new Page(node, viewModel.totalsProperty());
    }

    @FXML
    private void initialize() {
        DueFilters filters = viewModel.filters();
        searchField.textProperty().bindBidirectional(filters.searchText());
        Cells.labeledChoices(kindFilter, DueKind.class, I18n.t("due.allKinds"));
        kindFilter.valueProperty().bindBidirectional(filters.kind());
        Cells.labeledChoices(horizonFilter, Horizon.class, null);
        horizonFilter.valueProperty().bindBidirectional(filters.horizon());
        ToggleGroup grouping = new ToggleGroup();
        Map<Grouping, ToggleButton> buttons = new EnumMap<>(Map.of(Grouping.CONSEQUENCE, byConsequenceButton,
                Grouping.WEEK, byWeekButton, Grouping.KIND, byKindButton));
        buttons.forEach((g, b) -> {
            b.setToggleGroup(grouping);
            b.setUserData(g);
            b.setSelected(filters.grouping().get() == g);
        });
        grouping.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                filters.grouping().set((Grouping) now.getUserData());
            }
        });
        attentionKindsLabel.textProperty().bind(viewModel.attentionKindsProperty());
        attentionKindsLabel.visibleProperty().bind(viewModel.attentionKindsProperty().isNotEmpty());
        attentionKindsLabel.managedProperty().bind(attentionKindsLabel.visibleProperty());
        columns();
        tree.setRoot(new TreeItem<>());
        viewModel.groups().addListener((javafx.beans.InvalidationListener) o -> rebuild());
        rebuild();
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                viewModel.selectedProperty().set(b == null || b.getValue() == null ? null : b.getValue().item()));
        viewModel.selectedProperty().addListener((o, a, b) -> showSelected(b));
        DoneForm done = viewModel.doneForm();
        doneOnPicker.valueProperty().bindBidirectional(done.doneOn());
        Cells.isoDates(doneOnPicker);
        noteField.textProperty().bindBidirectional(done.note());
        paidAmountField.textProperty().bindBidirectional(done.paidAmount());
        receiptNoField.textProperty().bindBidirectional(done.receiptNo());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        calendarGapLabel.textProperty().bind(viewModel.calendarWarningProperty());
        calendarGapLabel.visibleProperty().bind(viewModel.calendarWarningProperty().isNotEmpty());
        calendarGapLabel.managedProperty().bind(calendarGapLabel.visibleProperty());
        showSelected(null);
        keys();
    }

    private void columns() {
        TreeTableColumn<Row, String> status = column("dueCol.status", 100,
                r -> r.item() == null ? "" : viewModel.statusOf(r.item()));
        status.setMinWidth(90);
        // only the status cell takes the overdue colour (a whole red row shouts over the rest)
        status.getStyleClass().add("status-column");
        TreeTableColumn<Row, String> amount = column("dueCol.amount", 115,
                r -> r.item() == null || r.item().amount() == null ? "" : Money.format(r.item().amount()));
        amount.setMinWidth(100);
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        // issue 24, item 15: each reminder's rule id opens the rule book at its paragraph
        TreeTableColumn<Row, String> rule = column("dueCol.rule", 135,
                r -> r.item() == null ? "" : DueViewModel.ruleText(r.item()));
        // the longest ids (R-PILOT-DEADLINE, R-TAX58-FILING) are links and should not be cut short
        rule.setMinWidth(125);
        rule.setCellFactory(HelpLinks.ruleTreeCells());
        rule.setId("dueRuleColumn");
        tree.getColumns().setAll(List.of(
                column("dueCol.dueOn", 165, r -> r.group() != null ? r.group().title() : r.item().dueOn().toString()),
                status,
                column("dueCol.kind", 95, r -> r.item() == null ? "" : r.item().kind().label()),
                column("dueCol.record", 230, r -> r.item() == null ? "" : r.item().record().label()),
                column("dueCol.action", 330, r -> r.item() == null ? "" : r.item().action()),
                amount,
                rule,
                column("dueCol.detail", 235, r -> r.item() == null || r.item().detail() == null ? "" : r.item().detail())));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("due-group", "due-overdue", "due-soon");
                if (!empty && row != null && row.group() != null) {
                    getStyleClass().add("due-group");
                } else if (!empty && row != null && row.item().overdue(viewModel.today())) {
                    getStyleClass().add("due-overdue");
                } else if (!empty && row != null && viewModel.urgent(row.item())) {
                    getStyleClass().add("due-soon");
                }
            }
        });
    }

    /** An unsortable column (the tree keeps its headings' order) showing {@code getter}'s text of a row. */
    private static TreeTableColumn<Row, String> column(String headerKey, double width, Function<Row, String> getter) {
        TreeTableColumn<Row, String> column = new TreeTableColumn<>(I18n.t(headerKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue() == null ? "" : getter.apply(c.getValue().getValue())));
        column.setSortable(false);
        return column;
    }

    private void rebuild() {
        DueItem keep = viewModel.selectedProperty().get();
        TreeItem<Row> root = tree.getRoot();
        root.getChildren().clear();
        TreeItem<Row> select = null;
        for (DueGroup g : viewModel.groups()) {
            TreeItem<Row> heading = new TreeItem<>(new Row(g, null));
            heading.setExpanded(true);
            for (DueItem i : g.items()) {
                TreeItem<Row> leaf = new TreeItem<>(new Row(null, i));
                heading.getChildren().add(leaf);
                if (i.equals(keep)) {
                    select = leaf;
                }
            }
            root.getChildren().add(heading);
        }
        if (select != null) {
            tree.getSelectionModel().select(select);
        }
    }

    private void showSelected(DueItem item) {
        boolean fee = item != null && item.kind() == DueKind.PATENT_FEE;
        for (javafx.scene.Node n : new javafx.scene.Node[] {paidAmountLabel, paidAmountField, receiptNoLabel,
                receiptNoField}) {
            n.setVisible(fee);
            n.setManaged(fee);
        }
        doneButton.setDisable(item == null);
        doneButton.setText(fee ? I18n.t("due.markPaid") : I18n.t("due.markDone"));
        selectedLabel.setText(item == null ? I18n.t("due.selectHint")
                : item.record().label() + " · " + item.action() + (item.detail() == null ? "" : " · " + item.detail()));
        selectedBar.getChildren().retainAll(selectedLabel);
        if (item != null && HelpLinks.isRuleId(item.rule())) {
            Hyperlink rule = HelpLinks.ruleLink(item.rule());
            // the description wraps; the id beside it is never cut short
            rule.setMinWidth(Region.USE_PREF_SIZE);
            selectedBar.getChildren().add(rule);
        }
    }

    private void keys() {
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpen();
                e.consume();
            } else if (MARK_DONE.match(e)) {
                onMarkDone();
                e.consume();
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().select(0);
                }
            }
        });
    }

    @FXML
    private void onOpen() {
        DueItem item = viewModel.selectedProperty().get();
        if (item != null) {
            navigator.open(item.record());
        }
    }

    @FXML
    private void onMarkDone() {
        viewModel.markSelectedDone();
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("due.title"), viewModel.filterDescription(), DueViewModel.EXPORT_AMOUNT_COLUMNS,
                DueViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("due.title"), DueViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportIcs() {
        if (exportIcs != null) {
            exportIcs.run();
        }
    }

    @FXML
    private void onFeePlan() {
        if (feePlan != null) {
            feePlan.run();
        }
    }

    @FXML
    private void onShowDone() {
        if (showDone != null) {
            showDone.run();
        }
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    @FXML
    private void onClearFilters() {
        viewModel.filters().clear();
    }

}
