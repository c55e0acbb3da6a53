package org.transferdesk.deal.ui;

import java.text.Collator;
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
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The counterparty list (受让方、被许可方、被投资企业、委托方): loads in the background, filters as the
 * user types (name, credit code, region, industry, contact) and by region, industry and size; keeps totals.
 */
public final class CounterpartyListViewModel extends ListPage<Counterparty> {
    private final CounterpartyService service;
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<String> industry = new SimpleObjectProperty<>();
    private final ObjectProperty<EnterpriseSize> size = new SimpleObjectProperty<>();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> industries = FXCollections.observableArrayList();

    public CounterpartyListViewModel(CounterpartyService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        this.service = service;
        refilterOn(region, industry, size);
        events.subscribe(change -> load());
    }

    private static List<ListColumn<Counterparty>> listColumns() {
        return List.of(ListColumn.text("counterparty.name", 260, Counterparty::name),
                ListColumn.text("counterpartyList.creditCode", 170, Counterparty::creditCode),
                ListColumn.text("counterpartyList.region", 110, Counterparty::region),
                ListColumn.text("counterpartyList.industry", 130, Counterparty::industry),
                ListColumn.labeled("counterpartyList.size", 70, Counterparty::size),
                ListColumn.text("counterpartyList.contact", 200, Counterparty::contact));
    }

    @Override
    protected List<Counterparty> read(ProgressSink progress, Consumer<List<Counterparty>> firstRows) {
        return service.findAll();
    }

    static String searchText(Counterparty c) {
        return String.join("\u0001", nz(c.name()), nz(c.creditCode()), nz(c.region()), nz(c.industry()),
                nz(c.contact())).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected Predicate<Counterparty> predicate() {
        Predicate<Counterparty> words = searchMatch(CounterpartyListViewModel::searchText);
        String r = region.get();
        String i = industry.get();
        EnterpriseSize s = size.get();
        return c -> (r == null || r.equals(c.region())) && (i == null || i.equals(c.industry()))
                && (s == null || s == c.size()) && words.test(c);
    }

    @Override
    protected void clearFacets() {
        region.set(null);
        industry.set(null);
        size.set(null);
    }

    @Override
    protected void loaded() {
        rebuild(regions, Counterparty::region);
        rebuild(industries, Counterparty::industry);
    }

    private void rebuild(ObservableList<String> target, Function<Counterparty, String> key) {
        TreeSet<String> values = new TreeSet<>(Collator.getInstance(Locale.CHINA));
        all().stream().map(key).filter(Objects::nonNull).filter(v -> !v.isBlank()).forEach(values::add);
        setIfChanged(target, values);
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("counterpartyList.totals", all, shown);
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObjectProperty<String> industryProperty() {
        return industry;
    }

    public ObjectProperty<EnterpriseSize> sizeProperty() {
        return size;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<String> industries() {
        return industries;
    }
}
