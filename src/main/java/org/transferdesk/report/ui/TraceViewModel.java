package org.transferdesk.report.ui;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.link.RecordRef;
import org.transferdesk.report.TraceLine;

/** R-REPORT-TRACE on screen: the records that make the selected figure; a line opens its record. */
public final class TraceViewModel {
    private final Consumer<RecordRef> open;
    private final ObservableList<TraceLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.t("reportTrace.hint"));
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>();

    public TraceViewModel(Consumer<RecordRef> open) {
        this.open = open;
    }

    /** Shows the records behind {@code shown} (row label and column header say which figure it is). */
    public void show(String row, String column, Figure shown) {
        if (shown == null || shown == Figure.EMPTY || shown.text().isEmpty()) {
            clear();
            return;
        }
        figure.set(shown);
        lines.setAll(shown.lines());
        String where = column == null || column.isEmpty() ? row.strip() : row.strip() + " · " + column;
        title.set(I18n.t("reportTrace.title", where, shown.text()));
        BigDecimal sum = shown.lines().stream().map(TraceLine::amount).filter(Objects::nonNull)
                .reduce(null, (a, b) -> a == null ? b : a.add(b));
        total.set(sum == null ? I18n.t("reportTrace.count", shown.lines().size())
                : I18n.t("reportTrace.countAndSum", shown.lines().size(), Money.format(sum)));
    }

    public void clear() {
        figure.set(null);
        lines.clear();
        title.set(I18n.t("reportTrace.hint"));
        total.set("");
    }

    /** Opens the line's record (its editor). */
    public void open(TraceLine line) {
        if (line != null) {
            open.accept(line.record());
        }
    }

    public ObservableList<TraceLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }
}
