package org.transferdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every dialog goes through here, so view models stay testable and dialogs always have an owner. */
public interface DialogService {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** A file type for choosers: description (localized) and patterns like "*.xlsx". */
    record FileType(String description, List<String> patterns) {
    }

    void showError(String title, String message, Throwable details);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** A confirmation whose {@code details} (many lines, e.g. what an import changes) are shown scrollable. */
    default boolean confirmDetails(String title, String message, String details) {
        return confirm(title, message + "\n\n" + details);
    }

    UnsavedChoice askUnsaved(String title, String message);

    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    Optional<Path> chooseFileToSave(String title, String initialName, List<FileType> types);

    /**
     * Asks where to save one kind of file, {@code extension} without the dot (e.g. "xlsx") and {@code description} its
     * localized name; a name typed without the extension gets it, so the file opens in what the user expects.
     */
    default Optional<Path> chooseFileToSaveAs(String title, String initialName, String extension, String description) {
        String ending = "." + extension;
        return chooseFileToSave(title, initialName, List.of(new FileType(description, List.of("*" + ending))))
                .map(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ending) ? file
                        : file.resolveSibling(file.getFileName() + ending));
    }

    Optional<Path> chooseDirectory(String title);

    /** A window showing long work's progress; a cancel button calls {@code onCancel} (none when null). */
    interface ProgressHandle {
        void update(double fraction, String message);

        void close();
    }

    ProgressHandle showProgress(String title, String message, Runnable onCancel);

    /** A short, non-blocking notice (e.g. "saved"). */
    void notify(String message);

    /** A notice with one thing to do next (e.g. 打开文件夹 after an export); where notices can't act, just the text. */
    default void notify(String message, String actionText, Runnable action) {
        notify(message);
    }

    /** A file was written: the notice offers 打开文件夹 (the folder holding it) where the desktop can open one. */
    default void fileWritten(String message, Path file) {
        notify(message);
    }
}
