package org.transferdesk.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.I18n;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.db.Database;
import org.transferdesk.db.jooq.Tables;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Issue 21, "working together": two PCs on one database each open the same record; the first saves, the second's
 * save is refused, naming who saved and when. Each PC is its own {@link Database} (own pool, own sessions) on the
 * same database: on PostgreSQL two clients of the server, on H2 two opens of one in-memory database, whose sessions
 * see each other's commits only, as two auto-server clients of one file do.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class StaleRecordAcrossConnectionsTest {
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 11, 22, 9, 0);
    private static final LocalDateTime FIRST_SAVE = LocalDateTime.of(2026, 11, 22, 9, 41);
    private static final LocalDateTime SECOND_SAVE = LocalDateTime.of(2026, 11, 22, 9, 45);

    private Database first;
    private Database second;

    @BeforeEach
    void setUp(Database first) {
        this.first = first;
        new DemoService(new DemoWriter(first.dsl()), TestDatabase.CLOCK).fill(10, 5,
                org.transferdesk.common.ProgressSink.NONE);
        second = TestDatabase.secondConnection(first);
    }

    /** Before {@code first}: closing a fresh PostgreSQL database drops it. */
    @AfterEach
    void tearDown() {
        second.close();
    }

    /** A kind of record: its audit name, how a PC loads one and how it saves a change of it. */
    record Kind(String entity, Function<Database, Long> anyId, Loader load, Saver save) {
        @Override
        public String toString() {
            return entity;
        }
    }

    interface Loader {
        Object load(Database db, long id);
    }

    interface Saver {
        void save(Database db, Object loaded, String actor, LocalDateTime at, String change);
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind(DisclosureRepository.ENTITY,
                        db -> db.dsl().select(Tables.DISCLOSURE.ID).from(Tables.DISCLOSURE).limit(1).fetchOne().value1(),
                        (db, id) -> new DisclosureRepository(db.dsl()).findById(id).orElseThrow(),
                        (db, loaded, actor, at, change) -> new DisclosureRepository(db.dsl()).save(
                                DisclosureBuilder.toBuilder((Disclosure) loaded).title(change).build(), actor, at)),
                new Kind(DealRepository.ENTITY,
                        db -> db.dsl().select(Tables.DEAL.ID).from(Tables.DEAL).limit(1).fetchOne().value1(),
                        (db, id) -> new DealRepository(db.dsl()).findById(id).orElseThrow(),
                        (db, loaded, actor, at, change) -> new DealRepository(db.dsl()).save(
                                DealBuilder.toBuilder((Deal) loaded).title(change).build(), actor, at)),
                new Kind(PersonRepository.ENTITY,
                        db -> db.dsl().select(Tables.PERSON.ID).from(Tables.PERSON).limit(1).fetchOne().value1(),
                        (db, id) -> new PersonRepository(db.dsl()).findById(id).orElseThrow(),
                        (db, loaded, actor, at, change) -> {
                            Person p = (Person) loaded;
                            new PersonRepository(db.dsl()).save(new Person(p.id(), p.staffNo(), p.name(),
                                    p.departmentId(), p.departmentName(), p.leaderRole(), p.idType(), p.idNumber(),
                                    change, p.version()), actor, at);
                        }));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theSecondSaveOfARecordBothOpened_isRefused_namingWhoSavedItAndWhen(Kind kind) {
        long id = kind.anyId().apply(first);
        Object onFirstPc = kind.load().load(first, id);
        Object onSecondPc = kind.load().load(second, id);

        kind.save().save(first, onFirstPc, "王老师", FIRST_SAVE, "第一位的修改");

        assertThatThrownBy(() -> kind.save().save(second, onSecondPc, "李老师", SECOND_SAVE, "第二位的修改"))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.changedBy()).contains("王老师");
                    assertThat(e.changedAt()).contains(FIRST_SAVE);
                    assertThat(e.key()).isEqualTo("error.staleRecordBy");
                    assertThat(e.getLocalizedMessage()).contains("王老师", "2026-11-22 09:41");
                });
        // the first save stands, the second wrote nothing: its audit row is not there either
        assertThat(new AuditRepository(second.dsl()).history(kind.entity(), id)).extracting(a -> a.actor())
                .contains("王老师").doesNotContain("李老师");

        // reloading on the second PC gives the saved version, which then saves
        Object reloaded = kind.load().load(second, id);
        kind.save().save(second, reloaded, "李老师", SECOND_SAVE, "第二位的修改");
        assertThat(new AuditRepository(first.dsl()).history(kind.entity(), id)).extracting(a -> a.actor())
                .contains("李老师");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theClerksMessage_isInBothLanguages(Kind kind) {
        StaleRecordException e = new StaleRecordException(kind.entity(), 7, "王老师", OPENED);
        for (java.util.Locale locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            I18n.setLocale(locale);
            try {
                assertThat(e.getLocalizedMessage()).contains("王老师", "2026-11-22 09:00", kind.entity())
                        .doesNotContain("error.");
            } finally {
                I18n.setLocale(I18n.CHINESE);
            }
        }
    }
}
