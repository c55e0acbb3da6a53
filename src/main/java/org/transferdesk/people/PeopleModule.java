package org.transferdesk.people;

import java.time.Clock;
import org.jooq.DSLContext;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonEpisodeRepository;
import org.transferdesk.people.persistence.PersonRepository;

/** The people feature wired (issue 23: composition by constructor): people, departments and their episodes. */
public final class PeopleModule {
    private final PeopleService people;

    public PeopleModule(DSLContext dsl, AuditRepository audit, Clock clock) {
        this.people = new PeopleService(new PersonRepository(dsl), new DepartmentRepository(dsl),
                new PersonEpisodeRepository(dsl), audit, clock);
    }

    public PeopleService people() {
        return people;
    }
}
