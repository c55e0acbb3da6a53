package org.transferdesk.report.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportService;
import org.transferdesk.report.ReportText;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * 文字部分: the office's staff and the narrative parts of one year (R-REPORT-PARTS (1), (6)). An earlier
 * year's text offered as a start is a draft until saved; a failed save changes nothing and keeps the edits.
 */
public final class ReportTextViewModel {
    private final ReportService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StringProperty officeStaff = new SimpleStringProperty("");
    private final StringProperty technologyManagers = new SimpleStringProperty("");
    private final Map<NarrativePart, StringProperty> parts = new EnumMap<>(NarrativePart.class);
    private final ReadOnlyStringWrapper draftHint = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private ReportText original;
    private Runnable onSaved = () -> { };

    public ReportTextViewModel(ReportService service, TaskExecutor executor, DialogService dialogs) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        for (NarrativePart p : NarrativePart.values()) {
            parts.put(p, new SimpleStringProperty(""));
        }
        List<StringProperty> fields = new ArrayList<>(parts.values());
        fields.add(officeStaff);
        fields.add(technologyManagers);
        fields.forEach(f -> f.addListener(o -> dirty.set(isDirty())));
    }

    /** What to do after a save (the figures show the staff numbers). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Shows a year's text (saved, a draft from an earlier year, or empty); the edits so far are dropped. */
    public void show(ReportText text) {
        original = text;
        officeStaff.set(text.officeStaff() == null ? "" : String.valueOf(text.officeStaff()));
        technologyManagers.set(text.technologyManagers() == null ? "" : String.valueOf(text.technologyManagers()));
        parts.forEach((p, f) -> f.set(text.part(p)));
        draftHint.set(text.isDraft() ? I18n.t("reportText.draft", String.valueOf(text.startedFrom())) : "");
        problems.clear();
        dirty.set(false);
    }

    public ReportText original() {
        return original;
    }

    /** Changed since shown; a draft counts as unsaved only once edited (it is not this year's text yet). */
    public boolean isDirty() {
        if (original == null) {
            return false;
        }
        if (!Objects.equals(officeStaff.get().strip(), text(original.officeStaff()))
                || !Objects.equals(technologyManagers.get().strip(), text(original.technologyManagers()))) {
            return true;
        }
        return parts.entrySet().stream().anyMatch(e -> !e.getValue().get().equals(original.part(e.getKey())));
    }

    private static String text(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }

    /** Checks the number fields, saves through the service; {@code after} gets true when saved. */
    public void save(Consumer<Boolean> after) {
        if (original == null) {
            after.accept(false);
            return;
        }
        List<String> found = new ArrayList<>();
        Integer staff = number(officeStaff.get(), "reportText.officeStaff", found);
        Integer managers = number(technologyManagers.get(), "reportText.technologyManagers", found);
        if (!found.isEmpty()) {
            problems.setAll(found);
            after.accept(false);
            return;
        }
        Map<NarrativePart, String> texts = new EnumMap<>(NarrativePart.class);
        parts.forEach((p, f) -> texts.put(p, f.get()));
        ReportText candidate = new ReportText(original.year(), staff, managers, texts, original.startedFrom(),
                original.version());
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> service.saveText(candidate)).onSuccess(saved -> {
            show(saved);
            dialogs.notify(I18n.t("reportText.saved", String.valueOf(saved.year())));
            onSaved.run();
            after.accept(true);
        }).onFailure(error -> {
            problems.setAll(error instanceof ValidationException v
                    ? v.problems().stream().map(ReportTextViewModel::message).toList()
                    : List.of(ErrorHandler.plainMessage(error)));
            after.accept(false);
        }).onFinished(() -> busy.set(false)));
    }

    /** A staff problem names its field; a part's problem names the part itself. */
    private static String message(Problem p) {
        return switch (p.field()) {
            case "officeStaff" -> I18n.t("reportText.fieldProblem", I18n.t("reportText.officeStaff"), p.message());
            case "technologyManagers" -> I18n.t("reportText.fieldProblem", I18n.t("reportText.technologyManagers"),
                    p.message());
            default -> p.message();
        };
    }

    private static Integer number(String text, String label, List<String> found) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            found.add(I18n.t("reportText.notANumber", I18n.t(label)));
            return null;
        }
    }

    public StringProperty officeStaffProperty() {
        return officeStaff;
    }

    public StringProperty technologyManagersProperty() {
        return technologyManagers;
    }

    public StringProperty partProperty(NarrativePart part) {
        return parts.get(part);
    }

    public ReadOnlyStringProperty draftHintProperty() {
        return draftHint.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
