package org.transferdesk.dashboard.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.transferdesk.dashboard.AttentionSource;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.Page;

/**
 * 首页 / Home: key-figure tiles (a click opens the annual report), five-year charts and the attention list
 * (Enter or a double click opens the record). The charts are drawn from the view model's plain series.
 */
public final class DashboardView extends FxmlPaneView<DashboardViewModel> {
    @FXML private Label headingLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator progress;
    @FXML private FlowPane tiles;
    @FXML private VBox body;
    @FXML private Label attentionSummaryLabel;
    @FXML private Label attentionKindsLabel;
    @FXML private TableView<AttentionRow> attentionTable;
    @FXML private StackPane amountSlot;
    @FXML private StackPane receivedSlot;
    @FXML private StackPane rewardsSlot;
    @FXML private StackPane resultsSlot;
    @FXML private StackPane pilotsSlot;

    public DashboardView(DashboardViewModel viewModel) {
        super(viewModel);
    }

    /** Adds a row under the key figures that a feature above supplies (issue 25: outreach); after build(). */
    public void addRow(Parent row) {
        body.getChildren().add(body.getChildren().indexOf(tiles) + 1, row);
    }

    /** Loads the page and starts reading the figures; the status shows as-of day and attention count. */
    public Page page() {
        Parent node = build();
        viewModel.refresh();
        return new Page(node, viewModel.statusProperty());
    }

    @Override
    protected void bind() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        attentionSummaryLabel.textProperty().bind(viewModel.attentionSummaryProperty());
        attentionKindsLabel.textProperty().bind(viewModel.attentionKindsProperty());
        attentionKindsLabel.managedProperty().bind(viewModel.attentionKindsProperty().isNotEmpty());
        viewModel.tiles().addListener((ListChangeListener<Tile>) c -> showTiles());
        showTiles();
        attentionTable();
        // Issue 20: the first frame shows empty panels; the charts are made when the first figures have arrived.
        viewModel.loadingProperty().addListener((o, was, loading) -> {
            if (!loading && amountSlot.getChildren().isEmpty()) {
                charts();
            }
        });
    }

    private void charts() {
        amountSlot.getChildren().setAll(vertical(DashboardChartNodes.amounts(), viewModel.contractAmounts()));
        receivedSlot.getChildren().setAll(vertical(DashboardChartNodes.received(), viewModel.received()));
        rewardsSlot.getChildren().setAll(vertical(DashboardChartNodes.rewards(), viewModel.rewards()));
        resultsSlot.getChildren().setAll(horizontal(DashboardChartNodes.results(), viewModel.departments()));
        pilotsSlot.getChildren().setAll(horizontal(DashboardChartNodes.pilots(), viewModel.pilotSteps()));
    }

    private void showTiles() {
        tiles.getChildren().setAll(viewModel.tiles().stream().map(this::tile).toList());
    }

    private Button tile(Tile t) {
        Label title = label(t.title(), "tile-title");
        Label value = label(t.value(), "tile-value");
        Label previous = label(t.previous(), "tile-previous");
        Label change = label(t.change(), "tile-change");
        change.getStyleClass().add("tile-" + t.trend().name().toLowerCase(java.util.Locale.ROOT));
        VBox box = new VBox(title, value, previous, change);
        box.getStyleClass().add("tile-box");
        Button button = new Button(null, box);
        button.getStyleClass().setAll("dashboard-tile");
        button.setId("tile-" + t.figure().name());
        button.setMnemonicParsing(false);
        button.setOnAction(e -> viewModel.showReport());
        return button;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    private void attentionTable() {
        Cells.columns(attentionTable, List.of(ListColumn.text("dashboard.col.status", 96, AttentionRow::status),
                ListColumn.text("dashboard.col.what", 190, AttentionRow::what),
                ListColumn.text("dashboard.col.record", 160, AttentionRow::record),
                ListColumn.text("dashboard.col.date", 90, AttentionRow::date),
                ListColumn.text("dashboard.col.amount", 90, AttentionRow::amount).aligned(ListColumn.Align.RIGHT)));
        // the status and the date stay whole when the panel is narrow
        attentionTable.getColumns().get(0).setMinWidth(90);
        // only the status cell takes the overdue or check colour (a whole red row shouts over the rest)
        attentionTable.getColumns().get(0).getStyleClass().add("status-column");
        attentionTable.getColumns().get(3).setMinWidth(88);
        attentionTable.setItems(viewModel.attention());
        attentionTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AttentionRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("attention-overdue", "attention-check");
                setTooltip(null);
                if (!empty && row != null) {
                    if (row.overdue()) {
                        getStyleClass().add("attention-overdue");
                    } else if (row.item().source() == AttentionSource.REPORT_CHECK) {
                        getStyleClass().add("attention-check");
                    }
                    setTooltip(new Tooltip(row.what() + " · " + row.record()));
                }
            }
        });
        attentionTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(attentionTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        attentionTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.open(attentionTable.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Categories (years) along the bottom, a bar or bar part per series. */
    private static XYChart<String, Number> vertical(XYChart<String, Number> chart,
            ObservableList<ChartSeries> source) {
        return drawn(chart, source, s -> s, p -> new XYChart.Data<>(p.category(), p.value()),
                d -> d.getXValue() + " · " + d.getYValue());
    }

    /** Long category names (departments, steps) read better down the side, the largest at the top. */
    private static XYChart<Number, String> horizontal(XYChart<Number, String> chart,
            ObservableList<ChartSeries> source) {
        wholeNumbers(chart.getXAxis());
        // a vertical category axis puts the first category at the bottom
        return drawn(chart, source, s -> new ChartSeries(s.name(), reverse(s.points())),
                p -> new XYChart.Data<>(p.value(), p.category()), d -> d.getYValue() + " · " + d.getXValue());
    }

    /**
     * Draws {@code source} into {@code chart}, now and whenever it changes: each series {@code arranged}, each of its
     * points {@code plotted}, and a tooltip of {@code tip} on every bar.
     */
    private static <X, Y> XYChart<X, Y> drawn(XYChart<X, Y> chart, ObservableList<ChartSeries> source,
            UnaryOperator<ChartSeries> arranged, Function<ChartSeries.Point, XYChart.Data<X, Y>> plotted,
            Function<XYChart.Data<X, Y>, String> tip) {
        Runnable draw = () -> {
            chart.getData().setAll(source.stream().map(arranged).map(s -> {
                XYChart.Series<X, Y> series = new XYChart.Series<>();
                series.setName(s.name());
                s.points().forEach(p -> series.getData().add(plotted.apply(p)));
                return series;
            }).toList());
            tooltips(chart, tip);
        };
        source.addListener((ListChangeListener<ChartSeries>) c -> draw.run());
        draw.run();
        return chart;
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Counts have no fractions: ticks between whole numbers stay unlabelled. */
    private static void wholeNumbers(Axis<Number> axis) {
        if (axis instanceof NumberAxis n) {
            n.setMinorTickVisible(false);
            n.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number v) {
                    return v.doubleValue() == Math.rint(v.doubleValue()) ? String.valueOf(v.longValue()) : "";
                }

                @Override
                public Number fromString(String s) {
                    return Double.valueOf(s);
                }
            });
        }
    }

    private static <X, Y> void tooltips(XYChart<X, Y> chart, Function<XYChart.Data<X, Y>, String> text) {
        for (XYChart.Series<X, Y> s : chart.getData()) {
            for (XYChart.Data<X, Y> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(s.getName() + " · " + text.apply(d)));
                }
            }
        }
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onShowReport() {
        viewModel.showReport();
    }
}
