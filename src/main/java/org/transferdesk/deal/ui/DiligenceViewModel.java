package org.transferdesk.deal.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Attachment;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DiligenceEntry;
import org.transferdesk.deal.DiligenceService;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * R-DILIGENCE: the diligence-file tab of a deal. Lists every item with its status, the files of the
 * selected item, and says how many required items are missing; attaches, opens, verifies and removes
 * files and marks items not applicable (with a note).
 */
public final class DiligenceViewModel {
    private final DiligenceService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Path> opener;

    private final Checklist checklist = new Checklist(FXCollections.observableArrayList(),
            new SimpleObjectProperty<>(), new SimpleStringProperty(""));
    private final ItemFiles files = new ItemFiles(FXCollections.observableArrayList(), new SimpleObjectProperty<>());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper missingCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final Status status = new Status(summary.getReadOnlyProperty(), missingCount.getReadOnlyProperty(),
            message.getReadOnlyProperty(), busy.getReadOnlyProperty());
    private Deal deal;

    /** The items with their status, the selected one and the note typed for it. */
    public record Checklist(ObservableList<DiligenceEntry> entries, ObjectProperty<DiligenceEntry> selected,
                            StringProperty note) {
    }

    /** The files of the selected item and the selected file. */
    public record ItemFiles(ObservableList<Attachment> attachments, ObjectProperty<Attachment> selected) {
    }

    /**
     * What the pane says: the checklist's summary, how many required items are missing, the outcome of the last
     * command (or why it failed) and whether a command is running.
     */
    public record Status(ReadOnlyStringProperty summary, ReadOnlyIntegerProperty missingCount,
                         ReadOnlyStringProperty message, ReadOnlyBooleanProperty busy) {
    }

    /** {@code opener} shows a file in the system's viewer (the application passes HostServices). */
    public DiligenceViewModel(DiligenceService service, TaskExecutor executor, DialogService dialogs,
                              Consumer<Path> opener) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.opener = opener;
        checklist.selected().addListener((o, a, b) -> {
            files.attachments().setAll(b == null ? List.of() : b.attachments());
            checklist.note().set(b == null || b.note() == null ? "" : b.note());
        });
    }

    /** Shows the diligence file of {@code d} (as currently edited: what is required follows its fields). */
    public void load(Deal d) {
        this.deal = d;
        saved.set(d.id() != null);
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> service.checklist(d)).onSuccess(this::show)
                .onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    /** Reloads the same deal (e.g. after its status or registration changed). */
    public void reload() {
        if (deal != null) {
            load(deal);
        }
    }

    private void show(List<DiligenceEntry> list) {
        DiligenceEntry previously = checklist.selected().get();
        checklist.entries().setAll(list);
        long missing = list.stream().filter(DiligenceEntry::isMissing).count();
        missingCount.set((int) missing);
        if (deal.id() == null) {
            summary.set(I18n.t("diligenceFile.saveFirst"));
        } else {
            summary.set(missing == 0 ? I18n.t("diligenceFile.complete") : I18n.t("diligenceFile.missing", missing));
        }
        if (previously != null) {
            checklist.selected().set(list.stream().filter(e -> e.item() == previously.item()).findFirst().orElse(null));
        }
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException v) {
            message.set(v.problems().get(0).message());
        } else {
            message.set(ErrorHandler.plainMessage(error));
        }
    }

    /** Asks for a file and attaches it to the selected item. */
    public void attach() {
        DiligenceEntry entry = checklist.selected().get();
        if (entry == null || deal == null || deal.id() == null) {
            return;
        }
        long dealId = deal.id();
        dialogs.chooseFileToOpen(I18n.t("diligenceFile.chooseFile", entry.item().label()),
                List.of(new DialogService.FileType(I18n.t("diligenceFile.anyFile"), List.of("*"))))
                .ifPresent(file -> run(() -> {
                    Attachment a = service.attach(dealId, entry.item(), file);
                    return I18n.t("diligenceFile.attached", a.fileName());
                }));
    }

    /** Opens the selected file with the system's viewer. */
    public void open() {
        Attachment a = files.selected().get();
        if (a != null) {
            opener.accept(service.resolve(a));
        }
    }

    /** Re-hashes the selected file and says whether it is unchanged. */
    public void verify() {
        Attachment a = files.selected().get();
        if (a == null) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> service.verify(a.id())).onSuccess(check -> {
            message.set(a.fileName() + ": " + check.label());
            if (check != AttachmentCheck.INTACT) {
                dialogs.showError(I18n.t("diligenceFile.verifyTitle"), a.fileName() + ": " + check.label(), null);
            }
        }).onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    /** Removes the selected file after the user confirms. */
    public void remove() {
        Attachment a = files.selected().get();
        if (a == null || !dialogs.confirm(I18n.t("diligenceFile.removeTitle"),
                I18n.t("diligenceFile.removeConfirm", a.fileName()))) {
            return;
        }
        run(() -> {
            service.remove(a.id());
            return I18n.t("diligenceFile.removed", a.fileName());
        });
    }

    /** Marks the selected item not applicable with the note typed in. */
    public void markNotApplicable() {
        DiligenceEntry entry = checklist.selected().get();
        if (entry == null || deal == null || deal.id() == null) {
            return;
        }
        long dealId = deal.id();
        String text = checklist.note().get();
        run(() -> {
            service.markNotApplicable(dealId, entry.item(), text);
            return I18n.t("diligenceFile.markedNotApplicable", entry.item().label());
        });
    }

    /** Takes back the selected item's not-applicable mark. */
    public void clearNotApplicable() {
        DiligenceEntry entry = checklist.selected().get();
        if (entry == null || !entry.notApplicable() || deal == null || deal.id() == null) {
            return;
        }
        long dealId = deal.id();
        run(() -> {
            service.clearNotApplicable(dealId, entry.item());
            return I18n.t("diligenceFile.clearedNotApplicable", entry.item().label());
        });
    }

    private interface Change {
        String apply() throws Exception;
    }

    /** Runs a change in the background, then reloads the checklist and reports what was done. */
    private void run(Change change) {
        Deal d = deal;
        busy.set(true);
        message.set("");
        executor.execute(BackgroundTask.of(p -> {
            String done = change.apply();
            return new Result(done, service.checklist(d));
        }).onSuccess(r -> {
            show(r.entries());
            message.set(r.message());
        }).onFailure(this::fail).onFinished(() -> busy.set(false)));
    }

    private record Result(String message, List<DiligenceEntry> entries) {
    }

    public Checklist checklist() {
        return checklist;
    }

    public ItemFiles files() {
        return files;
    }

    public Status status() {
        return status;
    }

    /** True when no item is selected or the deal is not saved yet. */
    public BooleanBinding noItemCommands() {
        return Bindings.or(checklist.selected().isNull(), saved.not()).or(busy);
    }

    /** True when no file is selected. */
    public BooleanBinding noFileCommands() {
        return files.selected().isNull().or(busy);
    }
}
