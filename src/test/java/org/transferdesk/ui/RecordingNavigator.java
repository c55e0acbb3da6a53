package org.transferdesk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records navigation requests as short strings, e.g. "openResult:3", "newPerson". */
public final class RecordingNavigator implements Navigator {
    public final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void show(Module module) {
        calls.add("show:" + module);
    }

    @Override
    public void openResult(long id) {
        calls.add("openResult:" + id);
    }

    @Override
    public void newResult() {
        calls.add("newResult");
    }

    @Override
    public void openPerson(long id) {
        calls.add("openPerson:" + id);
    }

    @Override
    public void newPerson() {
        calls.add("newPerson");
    }
}
