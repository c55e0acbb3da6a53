package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 24, item 14: a screen reloads on data changes only while shown, and once on coming back after one. */
class LiveDataTest {
    private final DataEvents events = new DataEvents();
    private final List<String> done = new ArrayList<>();

    private LiveData resultsPage() {
        return LiveData.following(events, c -> c.kind() != DataEvents.Change.Kind.DUE,
                c -> done.add("refresh " + c.kind() + " " + c.id()), () -> done.add("reload"));
    }

    @Test
    void whileShown_eachRelevantChangeReachesTheScreenAtOnce() {
        resultsPage();
        events.resultSaved(7);
        events.dueChanged();
        events.allChanged();
        assertThat(done).containsExactly("refresh RESULT 7", "refresh ALL 0");
    }

    @Test
    void whileHidden_nothingHappens_andComingBackReloadsOnce() {
        LiveData live = resultsPage();
        live.setShown(false);
        events.resultSaved(7);
        events.personSaved(3);
        assertThat(done).isEmpty();

        live.setShown(true);
        live.setShown(false);
        live.setShown(true);
        assertThat(done).containsExactly("reload");
    }

    @Test
    void comingBackWithoutARelevantChange_doesNotReload() {
        LiveData live = resultsPage();
        live.setShown(false);
        events.dueChanged();
        live.setShown(true);
        assertThat(done).isEmpty();
        assertThat(live.isShown()).isTrue();
    }

    @Test
    void aCancelledHoldHearsNothing() {
        int before = events.subscribers();
        LiveData live = LiveData.reloading(events, c -> true, () -> done.add("reload"));
        assertThat(events.subscribers()).isEqualTo(before + 1);
        live.cancel();
        events.allChanged();
        assertThat(done).isEmpty();
        assertThat(events.subscribers()).isEqualTo(before);
    }
}
