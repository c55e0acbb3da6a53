package org.transferdesk.pilot.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Pinyin;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.pilot.PilotCaseSummary;
import org.transferdesk.pilot.PilotDeadline;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DataEvents.Change.Kind;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.ListFacet;
import org.transferdesk.ui.ListPage;
import org.transferdesk.ui.SortedFilteredRows;
import org.transferdesk.ui.TaskExecutor;

/**
 * The pilot cases (赋权案件): loads in the background, filters as the user types (case no., result, names)
 * and by step, model, department and "overdue or due" (R-PILOT-DEADLINE); counts what is shown.
 */
public final class PilotListViewModel extends ListPage<PilotCaseSummary> {
    /** The page's filters: step, model, the cases' departments, and only cases overdue or within a reminder level. */
    public record Filters(ListFacet<PilotCaseSummary, PilotStep> step, ListFacet<PilotCaseSummary, PilotModel> model,
                          ListFacet<PilotCaseSummary, String> department, BooleanProperty dueOnly) {
    }

    private final PilotService service;
    private final Filters filters = new Filters(facet(PilotCaseSummary::step, PilotStep.values(), "pilotList.allSteps"),
            facet(PilotCaseSummary::model, PilotModel.values(), "pilotList.allModels"),
            facetFromRows(PilotCaseSummary::department, Pinyin.ORDER, "filter.allDepartments"),
            toggle("pilotList.dueOnly", r -> r.deadline() != null && r.deadline().isDue()));

    /** R-PILOT-DEADLINE: soonest first (overdue before), no deadline last. */
    private static final Comparator<PilotCaseSummary> BY_DEADLINE = Comparator.comparing(
            (PilotCaseSummary r) -> r.deadline() == null ? Long.MAX_VALUE : r.deadline().daysLeft());
    /** Issue 24, item 8: the most pressing conversion deadline first, then the latest case number. */
    static final Comparator<PilotCaseSummary> OPENING = BY_DEADLINE
            .thenComparing(SortedFilteredRows.newestFirst(PilotCaseSummary::caseNo));

    public PilotListViewModel(PilotService service, TaskExecutor executor, DataEvents events) {
        super(executor, listColumns());
        sortedRows().openIn(OPENING);
        this.service = service;
        reloadOn(events, Kind.PILOT, Kind.RESULT, Kind.DEAL, Kind.PERSON, Kind.ALL);
    }

    private static List<ListColumn<PilotCaseSummary>> listColumns() {
        return List.of(ListColumn.text("pilotCol.caseNo", 100, PilotCaseSummary::caseNo),
                ListColumn.text("pilotCol.resultNo", 100, PilotCaseSummary::resultNo),
                ListColumn.text("pilotCol.resultTitle", 200, PilotCaseSummary::resultTitle),
                ListColumn.text("pilotCol.department", 110, PilotCaseSummary::department),
                ListColumn.<PilotCaseSummary>labeled("pilot.model", 125, PilotCaseSummary::model).exportingShown(),
                ListColumn.<PilotCaseSummary>labeled("pilotCol.currentStep", 120, PilotCaseSummary::step)
                        .exportingShown(),
                ListColumn.date("pilotCol.stepOn", 90, PilotCaseSummary::stepOn),
                ListColumn.text("pilotList.shareOrYears", 90, PilotListViewModel::shareOrYears),
                ListColumn.text("pilot.representative", 80, PilotCaseSummary::representative),
                ListColumn.text("pilotCol.manager", 80, PilotCaseSummary::manager),
                ListColumn.date("pilot.convertBy", 90, PilotCaseSummary::convertBy),
                // R-PILOT-DEADLINE: soonest first, no deadline last; red past it, amber within a reminder level
                ListColumn.<PilotCaseSummary>text("pilotList.deadline", 110, r -> deadlineText(r.deadline()))
                        .sortedBy(BY_DEADLINE)
                        .styled(r -> r.deadline() == null || !r.deadline().isDue() ? null
                                : r.overdue() ? "deadline-overdue" : "deadline-due"));
    }

    /** Every case with its deadline today. */
    @Override
    protected List<PilotCaseSummary> read(ProgressSink progress, Consumer<List<PilotCaseSummary>> firstRows) {
        return service.list();
    }

    @Override
    protected Predicate<PilotCaseSummary> predicate() {
        return facetsMatch().and(searchMatch(PilotCaseSummary::searchText));
    }

    @Override
    protected String totalsText(int all, int shown) {
        long overdue = rows().stream().filter(PilotCaseSummary::overdue).count();
        long due = rows().stream().filter(r -> r.deadline() != null && r.deadline().isDue() && !r.overdue()).count();
        return I18n.t("pilotList.totals", all, shown, overdue, due);
    }

    /** The team's ownership share, or the use right's years. */
    public static String shareOrYears(PilotCaseSummary r) {
        if (r.model() == PilotModel.LONG_TERM_USE) {
            return r.useYears() == null ? "" : I18n.t("pilotList.years", r.useYears());
        }
        return r.teamShare() == null ? "" : r.teamShare().toString();
    }

    /** "还剩 N 天" within a reminder level, "逾期，应收回" past the deadline, else empty. */
    public static String deadlineText(PilotDeadline d) {
        if (d == null) {
            return "";
        }
        if (d.recovery()) {
            return I18n.t("pilotList.overdue");
        }
        return d.level() == null ? "" : I18n.t("pilotList.daysLeft", d.daysLeft());
    }

    public Filters filters() {
        return filters;
    }
}
