package org.transferdesk.pilot.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.I18n;
import org.transferdesk.pilot.PilotAttachment;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/** The documents of a case's steps (application form, opinions, notice, agreement …): attach, open, verify, remove. */
public final class PilotDocumentsViewModel {
    private final PilotService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<PilotAttachment> documents = FXCollections.observableArrayList();
    private final ObjectProperty<PilotAttachment> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PilotStep> step = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<Path> opener = p -> { };
    private Long caseId;

    public PilotDocumentsViewModel(PilotService service, TaskExecutor executor, DialogService dialogs) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** How a file is shown in the system's viewer (the application passes HostServices / the desktop). */
    public void setOpener(Consumer<Path> opener) {
        this.opener = opener;
    }

    void show(PilotCase c) {
        caseId = c.id();
        step.set(c.currentStep());
        message.set("");
        reload();
    }

    private void reload() {
        if (caseId == null) {
            documents.clear();
            return;
        }
        long id = caseId;
        executor.execute(BackgroundTask.of(p -> service.attachments(id)).onSuccess(documents::setAll));
    }

    /** Asks for a file and attaches it to the chosen step. */
    public void attach() {
        PilotStep s = step.get();
        if (caseId == null || s == null) {
            return;
        }
        long id = caseId;
        dialogs.chooseFileToOpen(I18n.t("pilotDocs.choose", s.label()),
                List.of(new DialogService.FileType(I18n.t("diligenceFile.anyFile"), List.of("*"))))
                .ifPresent(file -> run(() -> I18n.t("diligenceFile.attached", service.attach(id, s, file).fileName())));
    }

    public void open() {
        PilotAttachment a = selected.get();
        if (a != null) {
            opener.accept(service.resolve(a));
        }
    }

    public void verify() {
        PilotAttachment a = selected.get();
        if (a == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> service.verify(a)).onSuccess(check -> {
            message.set(a.fileName() + ": " + check.label());
            if (check != AttachmentCheck.INTACT) {
                dialogs.showError(I18n.t("diligenceFile.verifyTitle"), a.fileName() + ": " + check.label(), null);
            }
        }).onFailure(e -> message.set(ErrorHandler.plainMessage(e))));
    }

    public void remove() {
        PilotAttachment a = selected.get();
        if (a == null || !dialogs.confirm(I18n.t("diligenceFile.removeTitle"),
                I18n.t("diligenceFile.removeConfirm", a.fileName()))) {
            return;
        }
        run(() -> {
            service.removeAttachment(a.id());
            return I18n.t("diligenceFile.removed", a.fileName());
        });
    }

    private interface Change {
        String apply();
    }

    private void run(Change change) {
        executor.execute(BackgroundTask.of(p -> change.apply()).onSuccess(done -> {
            message.set(done);
            reload();
        }).onFailure(e -> message.set(ErrorHandler.plainMessage(e))));
    }

    public ObservableList<PilotAttachment> documents() {
        return documents;
    }

    public ObjectProperty<PilotAttachment> selectedProperty() {
        return selected;
    }

    /** The step a new document belongs to (defaults to the current step). */
    public ObjectProperty<PilotStep> stepProperty() {
        return step;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
