package org.transferdesk.firstrun.ui;

import java.util.ArrayList;
import java.util.List;

/** The first-run dialog's next steps, written down in the order they were taken ("recorded", "import", "demo"). */
final class RecordedSteps implements FirstRunViewModel.NextSteps {
    final List<String> taken = new ArrayList<>();

    @Override
    public void recorded() {
        taken.add("recorded");
    }

    @Override
    public void importLedger() {
        taken.add("import");
    }

    @Override
    public void tryDemo() {
        taken.add("demo");
    }
}
