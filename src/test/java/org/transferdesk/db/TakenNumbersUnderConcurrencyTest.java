package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.transferdesk.ClerksAtOnce;
import org.transferdesk.ClerksAtOnce.Outcome;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Issue 21, "working together": twenty clerks on twenty PCs (each its own {@link Database} on the one database; on
 * H2 opens of the same in-memory database) save at the same moment. A number the clerk typed or accepted from a
 * suggestion that a colleague saved first is refused with the same "number taken" message the form's check gives,
 * never with an SQL error, and no number is saved twice.
 */
@Tag(TestDatabase.TAG)
class TakenNumbersUnderConcurrencyTest {
    private static final int CLERKS = 20;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    /** A record with a number a clerk types: how one is saved with that number, and the message when it is taken. */
    record Kind(String name, Saver save, String takenKey) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Saver {
        void save(Database pc, String number, int clerk);
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("result number", (pc, no, clerk) -> new DisclosureRepository(pc.dsl()).save(result(no, clerk),
                        "clerk" + clerk, NOW), "validation.resultNo.taken"),
                new Kind("contract number", (pc, no, clerk) -> new DealRepository(pc.dsl()).save(
                        DealBuilder.toBuilder(Deal.draft(DealMode.LICENSE)).contractNo(no).title("许可合同 " + clerk)
                                .build(), "clerk" + clerk, NOW), "deal.contractNo.taken"),
                new Kind("staff number", (pc, no, clerk) -> new PersonRepository(pc.dsl()).save(
                        Person.create(no, "教师" + clerk), "clerk" + clerk, NOW), "validation.staffNo.taken"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twentyClerksSavingTheSameTypedNumberAtOnce_oneSaves_theOthersAreToldItIsTaken(Kind kind) throws Exception {
        List<Outcome<String>> outcomes = atOnce((pc, clerk) -> () -> {
            kind.save().save(pc, "NO-2026-001", clerk);
            return "saved";
        });
        assertThat(outcomes).filteredOn(o -> o.saved() != null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.saved() == null).hasSize(CLERKS - 1)
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOfSatisfying(ValidationException.class,
                        v -> assertThat(v.problems()).extracting(Problem::key).containsExactly(kind.takenKey())));
    }

    @Test
    void twentyClerksEachSavingTheSuggestedResultNumber_thoseRefusedTakeTheNextSuggestion_andNoNumberIsSavedTwice()
            throws Exception {
        List<Outcome<String>> outcomes = atOnce((pc, clerk) -> () -> {
            DisclosureService service = new DisclosureService(new DisclosureRepository(pc.dsl()),
                    new AuditRepository(pc.dsl()), TestDatabase.CLOCK);
            Person inventor = new PersonRepository(pc.dsl()).save(Person.create("S" + clerk, "教师" + clerk),
                    "clerk" + clerk, NOW);
            List<Inventor> team = List.of(new Inventor(inventor.id(), inventor.staffNo(), inventor.name(),
                    Percent.ofPercent("100"), true));
            for (int attempt = 1;; attempt++) {
                String suggested = service.suggestResultNo(LocalDate.of(2026, 11, 20));
                try {
                    return service.save(DisclosureBuilder.toBuilder(result(suggested, clerk)).inventors(team).build())
                            .resultNo();
                } catch (ValidationException taken) {
                    // what the clerk does when told the number is taken: ask for the next one and save again
                    assertThat(taken.problems()).extracting(Problem::key).containsExactly("validation.resultNo.taken");
                    if (attempt == CLERKS) {
                        throw taken;
                    }
                }
            }
        });
        assertThat(outcomes).extracting(Outcome::failure).containsOnlyNulls();
        assertThat(outcomes).extracting(Outcome::saved).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, CLERKS).mapToObj(n -> String.format("R-2026-%04d", n)).toList());
    }

    private static Disclosure result(String resultNo, int clerk) {
        Disclosure blank = Disclosure.blank(LocalDate.of(2026, 11, 20));
        return DisclosureBuilder.disclosure().status(blank.status()).resultNo(resultNo).title("一种新材料 " + clerk)
                .disclosedOn(LocalDate.of(2026, 11, 20)).resultType(ResultType.values()[0]).build();
    }

    /** Runs each clerk's work on their own PC of a fresh database; the outcomes in the clerks' order. */
    private static List<Outcome<String>> atOnce(ClerksAtOnce.Work<String> work) throws Exception {
        try (Database first = TestDatabase.fresh()) {
            return ClerksAtOnce.run(first, CLERKS, work);
        }
    }
}
