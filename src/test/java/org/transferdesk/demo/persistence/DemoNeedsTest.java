package org.transferdesk.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.demo.DemoService;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedStatus;

/** Issue 25: the demo has forty companies' needs in every state, among them the matching helper's two examples. */
@Tag(TestDatabase.TAG)
class DemoNeedsTest {
    @TempDir
    Path tmp;

    private AppContext context;

    @AfterEach
    void tearDown() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void demo_recordsFortyNeedsOfItsCompanies_inMixedStates() throws IOException {
        context = new AppContext(new DataFolder(tmp.resolve("data")).create(),
                Database.openInMemory("demo-needs-" + UUID.randomUUID()), TestDatabase.CLOCK);
        context.demo().fill(40, 60, DemoService.DEFAULT_SEED, ProgressSink.NONE);

        List<Need> needs = context.needs().list();
        assertThat(needs).hasSize(40);
        assertThat(needs).extracting(Need::status).contains(NeedStatus.values());
        assertThat(needs).extracting(Need::title).anySatisfy(t -> assertThat(t).contains("锂电池", "负极材料"))
                .anySatisfy(t -> assertThat(t).contains("激光焊接"));
        assertThat(needs).filteredOn(n -> n.status() == NeedStatus.CLOSED)
                .allSatisfy(n -> assertThat(n.closedReason()).isNotBlank());
        assertThat(context.needs().deadlinesWithin(30)).isNotEmpty();
        assertThat(needs).filteredOn(n -> n.status() != NeedStatus.OPEN).anySatisfy(n -> assertThat(n.results())
                .isNotEmpty());
    }
}
