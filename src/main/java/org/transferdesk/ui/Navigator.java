package org.transferdesk.ui;

/** Opens screens and editors; implemented by the main window, used by views and view models. */
public interface Navigator {
    void show(Module module);

    void openResult(long id);

    void newResult();

    void openPerson(long id);

    void newPerson();
}
