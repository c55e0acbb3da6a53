package org.transferdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown; answers questions with preset choices. */
public final class FakeDialogService implements DialogService {
    public final List<String> notices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public boolean confirmAnswer = true;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
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
        return confirmAnswer;
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        return unsavedAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return Optional.empty();
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }
}
