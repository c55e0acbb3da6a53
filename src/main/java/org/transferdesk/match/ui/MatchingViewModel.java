package org.transferdesk.match.ui;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.match.Match;
import org.transferdesk.match.Matcher;
import org.transferdesk.match.NeedQuery;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.LiveData;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.TaskExecutor;

/**
 * 技术匹配: a need typed or pasted (title, description, field, IPC class), the results ranked for it with why each
 * scored. The need stays while the clerk opens results and comes back; a change of results ranks it again.
 */
public final class MatchingViewModel {
    private static final Set<DataEvents.Change.Kind> RESULTS_CHANGED = EnumSet.of(DataEvents.Change.Kind.RESULT,
            DataEvents.Change.Kind.ALL);

    private final Matcher matcher;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty field = new SimpleStringProperty("");
    private final StringProperty ipcClass = new SimpleStringProperty("");
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LiveData live;
    /** The need last ranked; null before the first search. */
    private NeedQuery ranked;
    private long generation;

    public MatchingViewModel(Matcher matcher, TaskExecutor executor, Navigator navigator, DataEvents events) {
        this.matcher = matcher;
        this.executor = executor;
        this.navigator = navigator;
        this.live = LiveData.reloading(events, change -> RESULTS_CHANGED.contains(change.kind()), this::rankAgain);
    }

    /** Reads the technical fields for the field choice (building the index in the background if need be). */
    public void load() {
        executor.execute(BackgroundTask.of(p -> matcher.index().fields()).onSuccess(fields::setAll));
    }

    /** Shows a need from elsewhere (a need record) and ranks the results for it. */
    public void show(NeedQuery need) {
        title.set(orEmpty(need.title()));
        description.set(orEmpty(need.description()));
        field.set(orEmpty(need.field()));
        ipcClass.set(orEmpty(need.ipcClass()));
        find();
    }

    /** Ranks the results for the need as typed. */
    public void find() {
        NeedQuery need = new NeedQuery(title.get(), description.get(), field.get(), ipcClass.get());
        if (orEmpty(need.title()).isBlank() && orEmpty(need.description()).isBlank()) {
            ranked = null;
            matches.clear();
            status.set(I18n.t("match.empty"));
            return;
        }
        ranked = need;
        rank(need);
    }

    private void rankAgain() {
        if (ranked != null) {
            rank(ranked);
        }
    }

    private void rank(NeedQuery need) {
        long mine = ++generation;
        busy.set(true);
        status.set(I18n.t("match.indexing"));
        executor.execute(BackgroundTask.of(p -> matcher.forNeed(need)).onSuccess(found -> {
            if (mine == generation) {
                matches.setAll(found);
                status.set(found.isEmpty() ? I18n.t("match.none") : I18n.t("match.status", found.size()));
            }
        }).onFinished(() -> {
            if (mine == generation) {
                busy.set(false);
            }
        }));
    }

    public void open(Match match) {
        if (match != null) {
            navigator.openResult(match.id());
        }
    }

    /** The page came into view or left it: results changed meanwhile are ranked again on return. */
    public void setShown(boolean shown) {
        live.setShown(shown);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public StringProperty ipcClassProperty() {
        return ipcClass;
    }

    public ObservableList<String> fields() {
        return fields;
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
