package org.transferdesk.deal.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.CounterpartyService;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.TaskExecutor;

/**
 * The counterparty list (受让方、被许可方、被投资企业、委托方): loads in the background, filters as the
 * user types (name, credit code, region, industry, contact) and by region, industry and size; keeps totals.
 */
public final class CounterpartyListViewModel extends ListPage<Counterparty> {
    /** The page's filters: region and industry offer the values the counterparties have, in pinyin order. */
    public record Filters(ListFacet<Counterparty, String> region, ListFacet<Counterparty, String> industry,
                          ListFacet<Counterparty, EnterpriseSize> size) {
    }

    private final CounterpartyService service;
    private final Filters filters = new Filters(
            facetFromRows(c -> filled(c.region()), Pinyin.ORDER, "counterpartyList.allRegions"),
            facetFromRows(c -> filled(c.industry()), Pinyin.ORDER,
                    "counterpartyList.allIndustries"),
            facet(Counterparty::size, EnterpriseSize.values(), "counterpartyList.allSizes"));

    /** Issue 24, item 8: a register one looks names up in, so by name (pinyin), as a directory is. */
    static final Comparator<Counterparty> OPENING = Pinyin.by(Counterparty::name);

    public CounterpartyListViewModel(CounterpartyService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        reloadOnAny(events);
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

    /** A blank region or industry is no choice of its own. */
    private static String filled(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    protected Predicate<Counterparty> predicate() {
        return facetsMatch().and(searchMatch(CounterpartyListViewModel::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        return I18n.t("counterpartyList.totals", all, shown);
    }

    public Filters filters() {
        return filters;
    }
}
