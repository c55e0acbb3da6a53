package org.transferdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what view models ask of dialogs and answers as told. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** Sees each confirmation's text (with its details). */
    public java.util.function.Consumer<String> onConfirm = message -> { };
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public Path fileAnswer;
    /** The answer to save choosers only (takes precedence over {@link #fileAnswer}). */
    public Path fileToSave;

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        onConfirm.accept(message);
        return confirmAnswer;
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        return unsavedAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        return Optional.ofNullable(fileToSave != null ? fileToSave : fileAnswer);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return Optional.ofNullable(fileAnswer);
    }

    public final List<String> progressTitles = new ArrayList<>();

    @Override
    public ProgressHandle showProgress(String title, String message, Runnable onCancel) {
        progressTitles.add(title);
        return new ProgressHandle() {
            @Override
            public void update(double fraction, String text) {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }
}
