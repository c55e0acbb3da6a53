package org.transferdesk.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.ClerksAtOnce;
import org.transferdesk.ClerksAtOnce.Outcome;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;

/**
 * Issue 21, "working together": pilot case numbers (FQ-YYYY-NNN) are handed out at the save, so twenty clerks on
 * twenty PCs saving new cases at the same moment must get twenty different numbers, each save succeeding. Each
 * clerk is its own {@link Database} on the one database (on H2 an open of the same in-memory database).
 */
@Tag(TestDatabase.TAG)
class CaseNumbersUnderConcurrencyTest {
    private static final int CLERKS = 20;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    @TempDir
    Path dataRoot;

    @Test
    void twentyClerksSavingNewCasesAtOnce_eachGetAnotherNumber() throws Exception {
        try (Database first = TestDatabase.fresh()) {
            List<Long> results = results(first, CLERKS);
            List<Outcome<String>> outcomes = ClerksAtOnce.run(first, CLERKS, (pc, clerk) -> {
                PilotService service = new PilotFixture(pc, dataRoot, ResultDeals.NONE).service;
                PilotCase draft = PilotFixture.complete(service.draftFor(results.get(clerk)), Percent.ofPercent("70"));
                return () -> service.save(draft).caseNo();
            });
            assertThat(outcomes).extracting(Outcome::failure).containsOnlyNulls();
            assertThat(outcomes).extracting(Outcome::saved).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, CLERKS).mapToObj(n -> String.format("FQ-2026-%03d", n)).toList());
        }
    }

    /** {@code count} results of one inventor, each eligible for a pilot case. */
    private static List<Long> results(Database db, int count) {
        Person inventor = new PersonRepository(db.dsl()).save(Person.create("R001", "甲教授"), "test", NOW);
        DisclosureRepository repository = new DisclosureRepository(db.dsl());
        Disclosure blank = Disclosure.blank(LocalDate.of(2023, 3, 1));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(repository.save(DisclosureBuilder.disclosure().status(blank.status())
                    .resultNo(String.format("R-2023-%04d", i)).title("一种高镍正极材料的制备方法 " + i)
                    .disclosedOn(LocalDate.of(2023, 3, 1)).resultType(ResultType.values()[0])
                    .inventors(List.of(new Inventor(inventor.id(), inventor.staffNo(), inventor.name(),
                            Percent.ofPercent("100"), true))).build(), "test", NOW).id());
        }
        return ids;
    }
}
