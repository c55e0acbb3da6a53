package org.transferdesk.catalogue.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.transferdesk.catalogue.CatalogueRow;
import org.transferdesk.catalogue.CatalogueService;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.catalogue.ProfileStatus;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DataEvents.Change.Kind;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The 成果目录 page: every result with where its public profile stands (未建/草稿/已发布), filtered by status, stage,
 * cooperation mode and field, and by the words typed.
 */
public final class CatalogueListViewModel extends ListPage<CatalogueRow> {
    /** The page's facets, in the order of the filter bar's combos. */
    public record Filters(ListFacet<CatalogueRow, ProfileStatus> status,
                          ListFacet<CatalogueRow, DevelopmentStage> stage, ListFacet<CatalogueRow, String> mode,
                          ListFacet<CatalogueRow, String> field) {
    }

    private final CatalogueService service;
    private final Filters filters = new Filters(
            facet(CatalogueRow::status, ProfileStatus.values(), "catalogueList.allStatuses"),
            facet(CatalogueRow::stage, DevelopmentStage.values(), "catalogueList.allStages"),
            facetFromRowsOfEach(CatalogueListViewModel::modeLabels, Pinyin.ORDER, "catalogueList.allModes"),
            facetFromRows(CatalogueRow::field, Pinyin.ORDER, "catalogueList.allFields"));

    public CatalogueListViewModel(CatalogueService service, TaskExecutor executor, DataEvents events) {
        super(executor, List.of(ListColumn.text("catalogueCol.resultNo", 100, CatalogueRow::resultNo),
                ListColumn.text("catalogueCol.title", 220, CatalogueRow::title),
                ListColumn.<CatalogueRow>labeled("catalogueCol.status", 70, CatalogueRow::status).exportingShown(),
                ListColumn.text("catalogueCol.publicTitle", 220, CatalogueRow::publicTitle),
                ListColumn.text("catalogueCol.field", 110, CatalogueRow::field),
                ListColumn.<CatalogueRow>labeled("catalogueProfile.stage", 80, CatalogueRow::stage).exportingShown(),
                ListColumn.text("catalogueProfile.modes", 140, r -> String.join("、", modeLabels(r))),
                ListColumn.date("catalogueCol.publishedOn", 90, CatalogueRow::publishedOn),
                ListColumn.text("catalogueCol.department", 110, CatalogueRow::department),
                ListColumn.text("catalogueCol.manager", 80, CatalogueRow::manager)));
        this.service = service;
        sortedRows().openIn(SortedFilteredRows.newestFirst(CatalogueRow::resultNo));
        reloadOn(events, Kind.RESULT, Kind.ALL);
    }

    static List<String> modeLabels(CatalogueRow row) {
        return row.modes().stream().map(Labeled::label).collect(Collectors.toList());
    }

    @Override
    protected List<CatalogueRow> read(ProgressSink progress, Consumer<List<CatalogueRow>> firstRows) {
        return service.rows();
    }

    @Override
    protected Predicate<CatalogueRow> predicate() {
        return facetsMatch().and(searchMatch(CatalogueRow::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        long published = rows().stream().filter(r -> r.status() == ProfileStatus.PUBLISHED).count();
        long drafts = rows().stream().filter(r -> r.status() == ProfileStatus.DRAFT).count();
        return I18n.t("catalogueList.totals", all, shown, published, drafts);
    }

    public Filters filters() {
        return filters;
    }
}
