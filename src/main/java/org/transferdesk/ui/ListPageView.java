package org.transferdesk.ui;

import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;

/**
 * The controller skeleton of a list page: the FXML ({@code XView.fxml}) lays out the page's toolbar, its filter bar
 * ({@code filterBar}: the search field, one combo box per facet and one check box per toggle, each in the view model's
 * order) and an empty table,
 * with the ids {@code searchField}, {@code loadingIndicator} and {@code table}; the columns come from the view model's
 * {@link ListColumn}s and the filter combos and check boxes are bound to its {@link ListFacet}s and {@link ListToggle}s. The toolbar's new, refresh, clear, open and export buttons call the handlers here;
 * a page says what opening a row and "new" do when it is built.
 */
public abstract class ListPageView<R> {
    @FXML
    protected TextField searchField;
    @FXML
    protected ProgressIndicator loadingIndicator;
    @FXML
    protected TableView<R> table;
    @FXML
    private Pane filterBar;

    private final ListPage<R> page;
    private final ExportActions export;
    private final String titleKey;
    private final Consumer<? super R> open;
    private final Runnable create;

    /**
     * {@code titleKey}: the page title, which names the export file and its sheet; {@code open} opens a row
     * (double-click, Enter, the open button); {@code create} is the new button's action.
     */
    protected ListPageView(ListPage<R> page, ExportActions export, String titleKey, Consumer<? super R> open,
                           Runnable create) {
        this.page = page;
        this.export = export;
        this.titleKey = titleKey;
        this.open = open;
        this.create = create;
    }

    /** For a page without a new button. */
    protected ListPageView(ListPage<R> page, ExportActions export, String titleKey, Consumer<? super R> open) {
        this(page, export, titleKey, open, () -> { });
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        page.load();
        LiveData.whileShown(node, page::setShown);
        return new Page(node, page.totalsProperty());
    }

    @FXML
    protected void initialize() {
        searchField.textProperty().bindBidirectional(page.searchTextProperty());
        Facets.bindInOrder(filterBar, page.facets());
        Facets.bindTogglesInOrder(filterBar, page.toggles());
        loadingIndicator.visibleProperty().bind(page.loadingProperty());
        for (ListColumn<R> c : page.columns()) {
            if (c.inTable()) {
                table.getColumns().add(column(c));
            }
        }
        TableSorting.show(table, page.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, open::accept);
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    /** The column's value is the row itself, so a column may sort rows by more than the text it shows. */
    static <R> TableColumn<R, R> column(ListColumn<R> c) {
        TableColumn<R, R> column = new TableColumn<>(c.header());
        Theme.zoomedWidth(column, c.width());
        column.setComparator(c.order());
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        column.setCellFactory(x -> new Cell<>(c));
        if (c.align() == ListColumn.Align.RIGHT) {
            // the theme right-aligns the cells of such a column
            column.getStyleClass().add("number-column");
        }
        return column;
    }

    @FXML
    protected void onOpen() {
        R selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open.accept(selected);
        }
    }

    @FXML
    protected void onNew() {
        create.run();
    }

    @FXML
    protected void onExportXlsx() {
        export.exportXlsx(I18n.t(titleKey), page.filterDescription(), page.exportAmountColumns(), page.exportHeaders(),
                page::visibleRowsForExport);
    }

    @FXML
    protected void onExportCsv() {
        export.exportCsv(I18n.t(titleKey), page.exportHeaders(), page::visibleRowsForExport);
    }

    @FXML
    protected void onRefresh() {
        page.load();
    }

    @FXML
    protected void onClearFilters() {
        page.clearFilters();
    }

    /** A cell showing its column's value for the row, styled as the column says for that row. */
    /**
     * A list cell: money right-aligned with separators and zero left blank (so the amounts that are there stand
     * out; the export still writes 0), other numbers right-aligned, and the full text as a tooltip when the column
     * is too narrow to show it.
     */
    private static final class Cell<R> extends TableCell<R, R> {
        private final ListColumn<R> column;
        private final Tooltip full = new Tooltip();
        private String style;

        Cell(ListColumn<R> column) {
            this.column = column;
            if (column.align() == ListColumn.Align.MONEY) {
                getStyleClass().add("money-cell");
                setAlignment(Pos.CENTER_RIGHT);
            }
            full.setWrapText(true);
            full.setMaxWidth(480);
        }

        @Override
        protected void updateItem(R row, boolean empty) {
            super.updateItem(row, empty);
            if (style != null) {
                getStyleClass().remove(style);
                style = null;
            }
            if (empty || row == null) {
                setText(null);
                return;
            }
            Object value = column.cell().apply(row);
            setText(shown(column, value));
            if (column.align() == ListColumn.Align.LEFT) {
                setAlignment(value instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }
            if (column.styleClass() != null) {
                style = column.styleClass().apply(row);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        }

        static <R> String shown(ListColumn<R> column, Object value) {
            if (value == null) {
                return null;
            }
            if (column.align() == ListColumn.Align.MONEY && value instanceof BigDecimal amount) {
                return amount.signum() == 0 ? "" : Money.format(amount);
            }
            return value.toString();
        }

        /** Only once laid out is it known whether the skin had to cut the text short (it then ends in "…"). */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            String text = getText();
            boolean cut = text != null && !text.isEmpty() && lookup(".text") instanceof Text shown
                    && !text.equals(shown.getText());
            if (cut) {
                full.setText(text);
                if (getTooltip() != full) {
                    setTooltip(full);
                }
            } else if (getTooltip() != null) {
                setTooltip(null);
            }
        }
    }
}
