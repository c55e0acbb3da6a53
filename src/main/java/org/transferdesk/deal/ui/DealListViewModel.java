package org.transferdesk.deal.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealService;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The deal list: loads rows in the background, filters as the user types and by facets, and sums
 * contract amount, received and outstanding over the rows shown.
 */
public final class DealListViewModel extends ListPage<DealSummary> {
    private final DealService service;
    private final ObjectProperty<DealMode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<DealStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<String> counterparty = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> registered = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<String> counterparties = FXCollections.observableArrayList();

    public DealListViewModel(DealService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        this.service = service;
        refilterOn(mode, status, year, department, counterparty, registered);
        events.subscribe(change -> {
            switch (change.kind()) {
                case DEAL, ALL, RESULT, DEPARTMENT -> load();
                default -> { }
            }
        });
    }

    private static List<ListColumn<DealSummary>> listColumns() {
        return List.of(ListColumn.text("deal.contractNo", 125, DealSummary::contractNo),
                ListColumn.text("deal.title", 220, DealSummary::title),
                ListColumn.text("deal.mode", 110, DealListViewModel::modeText),
                ListColumn.text("dealList.counterparty", 160, DealSummary::counterparty),
                ListColumn.date("deal.signedOn", 95, DealSummary::signedOn),
                ListColumn.labeled("dealList.status", 75, DealSummary::status),
                ListColumn.money("dealList.contractAmount", 120, DealSummary::contractAmount),
                ListColumn.money("dealList.received", 110, DealSummary::received),
                ListColumn.money("dealList.outstanding", 110, DealSummary::outstanding),
                ListColumn.money("dealList.overdue", 100, DealSummary::overdue),
                ListColumn.text("dealList.departments", 130, DealSummary::departments),
                ListColumn.text("dealList.manager", 80, DealSummary::manager),
                ListColumn.yesNo("dealList.registered", 60, DealSummary::registered));
    }

    @Override
    protected List<DealSummary> read(ProgressSink progress, Consumer<List<DealSummary>> firstRows) {
        return service.list();
    }

    @Override
    protected Predicate<DealSummary> predicate() {
        String typed = searchTextProperty().get();
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        DealMode m = mode.get();
        DealStatus s = status.get();
        Integer y = year.get();
        String dep = department.get();
        String cp = counterparty.get();
        Boolean reg = registered.get();
        return row -> (text.isEmpty() || row.searchText().contains(text))
                && (m == null || row.mode() == m)
                && (s == null || row.status() == s)
                && (y == null || (row.signedOn() != null && row.signedOn().getYear() == y))
                && (dep == null || departmentsOf(row).contains(dep))
                && (cp == null || cp.equals(row.counterparty()))
                && (reg == null || row.registered() == reg);
    }

    private static List<String> departmentsOf(DealSummary row) {
        if (row.departments() == null || row.departments().isBlank()) {
            return List.of();
        }
        return List.of(row.departments().split("、"));
    }

    @Override
    protected void clearFacets() {
        mode.set(null);
        status.set(null);
        year.set(null);
        department.set(null);
        counterparty.set(null);
        registered.set(null);
    }

    @Override
    protected void loaded() {
        TreeSet<Integer> ys = new TreeSet<>(Comparator.reverseOrder());
        TreeSet<String> deps = new TreeSet<>();
        TreeSet<String> cps = new TreeSet<>();
        for (DealSummary s : all()) {
            if (s.signedOn() != null) {
                ys.add(s.signedOn().getYear());
            }
            deps.addAll(departmentsOf(s));
            if (s.counterparty() != null) {
                cps.add(s.counterparty());
            }
        }
        setIfChanged(years, ys);
        setIfChanged(departments, deps);
        setIfChanged(counterparties, cps);
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("dealList.totals", all, shown,
                Money.format(contractTotal()), Money.format(receivedTotal()), Money.format(outstandingTotal()));
    }

    private BigDecimal sum(Function<DealSummary, BigDecimal> getter) {
        BigDecimal total = BigDecimal.ZERO.setScale(Money.SCALE);
        for (DealSummary s : rows()) {
            BigDecimal v = getter.apply(s);
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    /** Sum of the contract amounts of the rows shown. */
    public BigDecimal contractTotal() {
        return sum(DealSummary::contractAmount);
    }

    public BigDecimal receivedTotal() {
        return sum(DealSummary::received);
    }

    public BigDecimal outstandingTotal() {
        return sum(DealSummary::outstanding);
    }

    /** The mode with the licence kind, e.g. 许可（独占）. */
    public static String modeText(DealSummary s) {
        if (s.mode() == null) {
            return "";
        }
        return s.licenseKind() == null ? s.mode().label()
                : I18n.t("dealList.modeWithKind", s.mode().label(), s.licenseKind().label());
    }

    public ObjectProperty<DealMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<DealStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectProperty<String> counterpartyProperty() {
        return counterparty;
    }

    public ObjectProperty<Boolean> registeredProperty() {
        return registered;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ObservableList<String> counterparties() {
        return counterparties;
    }

    /** For tests: the row with this contract number, if shown. */
    public DealSummary find(String contractNo) {
        return findShown(s -> Objects.equals(s.contractNo(), contractNo));
    }
}
