package org.transferdesk.people;

import java.time.Clock;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.db.Database;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;

/** The people feature wired (issue 23: composition by constructor): people, departments and their episodes. */
public final class PeopleModule {
    private final PeopleService people;

    public PeopleModule(Database database, AuditRepository audit, Clock clock) {
        this.people = new PeopleService(new PersonRepository(database.dsl()), new DepartmentRepository(database.dsl()),
                new PersonEpisodeRepository(database.dsl()), audit, clock);
    }

    public PeopleService people() {
        return people;
    }
}
