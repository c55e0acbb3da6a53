package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cache kept current hears every change before the screens do, and is not forgotten when screens rebuild. */
class DataEventsTest {
    @Test
    void cachesHearAChangeBeforeTheScreens_andOutliveClear() {
        DataEvents events = new DataEvents();
        List<String> heard = new ArrayList<>();
        events.subscribe(c -> heard.add("screen " + c.kind() + " " + c.id()));
        events.keepCurrent(c -> heard.add("cache " + c.kind() + " " + c.id()));
        events.dealSaved(7);
        events.clear();
        events.pilotSaved(3);
        assertThat(heard).containsExactly("cache DEAL 7", "screen DEAL 7", "cache PILOT 3");
    }
}
