package org.transferdesk.pilot.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.PeopleService;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.ResultDeals;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FakeDialogService;
import org.junit.jupiter.api.Tag;

/** What the pilot view-model tests share: a fresh database with the E1 team's result, the pilot service, people. */
@Tag(TestDatabase.TAG)
abstract class PilotUiTestBase {
    @TempDir
    Path dataRoot;

    Database db;
    RewardFixture fixture;
    PilotFixture pilots;
    PilotService service;
    PeopleService people;
    final FakeDialogService dialogs = new FakeDialogService();
    final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    final DataEvents events = new DataEvents();

    @BeforeEach
    void setUpDatabase() {
        db = TestDatabase.fresh();
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
        pilots = new PilotFixture(db, dataRoot, ResultDeals.NONE);
        service = pilots.service;
        people = new PeopleService(new PersonRepository(db.dsl()), new DepartmentRepository(db.dsl()),
                new PersonEpisodeRepository(db.dsl()), new AuditRepository(db.dsl()), TestDatabase.CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    PilotEditorViewModel editor() {
        return new PilotEditorViewModel(service, new PilotTeamViewModel(people), executor, dialogs, events);
    }

    /** An editor showing the stored case {@code c}. */
    PilotEditorViewModel editorOn(PilotCase c) {
        PilotEditorViewModel vm = editor();
        vm.load(c.id(), () -> { });
        return vm;
    }
}
