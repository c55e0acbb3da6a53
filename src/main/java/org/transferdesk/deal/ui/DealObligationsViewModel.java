package org.transferdesk.deal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealObligation;
import org.transferdesk.deal.DealObligationService;
import org.transferdesk.deal.ObligationKind;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * The obligations tab of a deal (licensee reports, milestones): an editable list saved as a whole by the deal
 * editor's one save, after the deal record ({@link DealTab#saveOwn}); the tab has no save of its own. A new deal's
 * obligations are saved once the deal is (they hang on its id).
 */
public final class DealObligationsViewModel implements DealTab {
    /** One editable row; {@code id} is kept so a row's done reminders survive later saves. */
    public static final class Line {
        private final Long id;
        private final ObjectProperty<ObligationKind> kind;
        private final ObjectProperty<LocalDate> dueOn;
        private final StringProperty description;

        Line(DealObligation o) {
            this.id = o.id();
            this.kind = new SimpleObjectProperty<>(o.kind());
            this.dueOn = new SimpleObjectProperty<>(o.dueOn());
            this.description = new SimpleStringProperty(o.description() == null ? "" : o.description());
        }

        DealObligation toObligation() {
            return new DealObligation(id, kind.get(), dueOn.get(), description.get());
        }

        public ObjectProperty<ObligationKind> kindProperty() {
            return kind;
        }

        public ObjectProperty<LocalDate> dueOnProperty() {
            return dueOn;
        }

        public StringProperty descriptionProperty() {
            return description;
        }
    }

    private final DealObligationService service;
    private final TaskExecutor executor;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dealSaved = new ReadOnlyBooleanWrapper();
    private Long dealId;
    private List<DealObligation> loaded = List.of();

    public DealObligationsViewModel(DealObligationService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /**
     * Shows the obligations of {@code d}. The deal editor calls this after each of its own saves too;
     * edits not yet saved here are then kept rather than reloaded over.
     */
    public void load(Deal d) {
        Long id = d.id();
        if (id != null && id.equals(dealId) && isDirty()) {
            return;
        }
        dealId = id;
        dealSaved.set(id != null);
        problems.clear();
        if (id == null) {
            show(List.of());
            message.set(I18n.t("dealObligations.saveFirst"));
            return;
        }
        message.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> service.ofDeal(id)).onSuccess(list -> {
            if (id.equals(dealId)) {
                show(list);
            }
        }).onFailure(e -> message.set(ErrorHandler.plainMessage(e))).onFinished(() -> busy.set(false)));
    }

    private void show(List<DealObligation> list) {
        loaded = List.copyOf(list);
        lines.setAll(list.stream().map(Line::new).toList());
        selected.set(null);
    }

    /** Appends an empty report row (the most common obligation) and selects it for editing. */
    public Line add() {
        Line line = new Line(new DealObligation(null, ObligationKind.REPORT, null, ""));
        lines.add(line);
        selected.set(line);
        return line;
    }

    /** Removes the selected row (nothing is written until save). */
    public void remove() {
        Line line = selected.get();
        if (line != null) {
            lines.remove(line);
            selected.set(null);
        }
    }

    /** The rows as edited now. */
    public List<DealObligation> current() {
        return lines.stream().map(Line::toObligation).toList();
    }

    public boolean isDirty() {
        return dealId != null && !current().equals(loaded);
    }

    /** Checks the rows and saves them in the background; {@code after} gets true when saved (or nothing to save). */
    private java.util.function.LongConsumer onSaved = id -> { };

    /** Runs with the deal's id after its obligations were saved (they are deadlines on the due list). */
    public void setOnSaved(java.util.function.LongConsumer onSaved) {
        this.onSaved = onSaved;
    }

    public void save(Consumer<Boolean> after) {
        if (dealId == null) {
            message.set(I18n.t("dealObligations.saveFirst"));
            after.accept(false);
            return;
        }
        List<DealObligation> candidate = current();
        List<Problem> local = DealObligationService.validate(candidate);
        if (!local.isEmpty()) {
            showProblems(new ValidationException(local));
            after.accept(false);
            return;
        }
        long id = dealId;
        busy.set(true);
        problems.clear();
        executor.execute(BackgroundTask.of(p -> service.save(id, candidate)).onSuccess(list -> {
            show(list);
            message.set(I18n.t("dealObligations.saved", list.size()));
            onSaved.accept(id);
            after.accept(true);
        }).onFailure(error -> {
            showProblems(error);
            after.accept(false);
        }).onFinished(() -> busy.set(false)));
    }

    private void showProblems(Throwable error) {
        message.set("");
        if (error instanceof ValidationException v) {
            problems.setAll(v.problems().stream().map(Problem::message).toList());
        } else {
            problems.setAll(ErrorHandler.plainMessage(error));
        }
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    /** Why the last save was refused, one message a line. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** What was done last, or that the deal must be saved first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dealSavedProperty() {
        return dealSaved.getReadOnlyProperty();
    }

    /** True while nothing can be edited: the deal is not saved yet, or a save is running. */
    public BooleanBinding noCommands() {
        return dealSaved.not().or(busy);
    }

    /** True when remove has nothing to act on. */
    public BooleanBinding noRemove() {
        return noCommands().or(selected.isNull());
    }

    @Override
    public void show(Deal deal) {
        load(deal);
    }

    @Override
    public boolean hasOwnEdits() {
        return isDirty();
    }

    /** The deal editor's save (Ctrl+S, or when closing asks) runs this after the deal's: this tab's rows. */
    @Override
    public void saveOwn(Consumer<Boolean> after) {
        save(after);
    }
}
