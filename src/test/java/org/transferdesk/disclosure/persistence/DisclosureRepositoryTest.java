package org.transferdesk.disclosure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.ManagerFieldChecks;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.ValidationException;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.disclosure.Evaluation;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultStatus;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class DisclosureRepositoryTest {
    private Database db;
    private DisclosureService service;
    private List<Person> team;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        service = new DisclosureService(new DisclosureRepository(db.dsl()), new AuditRepository(db.dsl()), TestDatabase.CLOCK);
        PersonRepository people = new PersonRepository(db.dsl());
        team = new ArrayList<>();
        for (String[] p : new String[][] {{"T001", "张三"}, {"T002", "李四"}, {"T003", "王五"}}) {
            team.add(people.save(Person.create(p[0], p[1]), "test", LocalDateTime.now(TestDatabase.CLOCK)));
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Disclosure sample(String resultNo) {
        List<Inventor> inventors = List.of(
                new Inventor(team.get(0).id(), "T001", "张三", Percent.ofPercent("40"), true),
                new Inventor(team.get(1).id(), "T002", "李四", Percent.ofPercent("33.3333"), false),
                new Inventor(team.get(2).id(), "T003", "王五", Percent.ofPercent("26.6667"), false));
        return DisclosureBuilder.disclosure().status(ResultStatus.DISCLOSED).resultNo(resultNo).title("一种高效锂电池正极材料")
                .disclosedOn(LocalDate.of(2024, 3, 1)).resultType(ResultType.INVENTION_PATENT)
                .funding(FundingSource.FISCAL).projectNumbers("NSFC-123").technicalField("新能源").abstractText("摘要")
                .evaluation(new Evaluation(4, 5, 3, 4, null, null)).inventors(inventors)
                .ipAssets(List.of(new IpAsset(null, IpType.INVENTION_PATENT, "CN 202310123456.6", null,
                        LocalDate.of(2023, 1, 5), null, IpStatus.FILED, "本校"))).build();
    }

    @Test
    void save_roundTripsChildrenThroughMultiset_andNormalisesPatentNumber() {
        Disclosure saved = service.save(sample("R-2024-0001"));

        Disclosure loaded = service.find(saved.id()).orElseThrow();
        assertThat(loaded.inventors()).extracting(Inventor::name).containsExactly("张三", "李四", "王五");
        assertThat(loaded.inventors().get(1).share()).isEqualTo(Percent.ofPercent("33.3333"));
        assertThat(loaded.ipAssets()).singleElement().extracting(IpAsset::applicationNo).isEqualTo("202310123456.6");
        assertThat(loaded.ipAssets().get(0).termEnd()).contains(LocalDate.of(2043, 1, 4));
        assertThat(loaded.history()).singleElement().extracting(h -> h.to()).isEqualTo(ResultStatus.DISCLOSED);
        assertThat(loaded.evaluation().technical()).isEqualTo(5);
    }

    /** Issue 22: 经办人/技术经理人 is stored, read back with the account's name, listed and audited under its label. */
    @Test
    void managerLogin_isStoredReadByName_listed_andAudited() {
        ManagerFieldChecks.addManagerAccount(db);
        Disclosure saved = service.save(DisclosureBuilder.toBuilder(sample("R-2024-0001")).managerLogin("zhangmin").build());

        Disclosure loaded = service.find(saved.id()).orElseThrow();
        assertThat(loaded.managerLogin()).isEqualTo("zhangmin");
        assertThat(loaded.managerName()).isEqualTo("张敏");
        List<DisclosureSummary> rows = new ArrayList<>();
        service.loadSummaries(10, 10, rows::addAll);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.manager()).isEqualTo("张敏");
            assertThat(r.searchText()).contains("张敏");
        });

        // unassigned again: the login no account has any more would show as itself
        service.save(DisclosureBuilder.toBuilder(loaded).managerLogin(null).managerName(null).build());
        assertThat(service.find(saved.id()).orElseThrow().managerLogin()).isNull();
        List<AuditEntry> history = service.history(saved.id());
        ManagerFieldChecks.assertNamedThenCleared(history, org.transferdesk.disclosure.DisclosureAuditLabels.all(),
                DisclosureRepository.ENTITY);
    }

    @Test
    void update_writesFieldLevelAudit_andRejectsStaleVersion() {
        Disclosure saved = service.save(sample("R-2024-0001"));
        Disclosure edited = DisclosureBuilder.toBuilder(saved).title("新标题").departmentId(null).departmentName(null)
                .build();
        service.save(edited);

        List<AuditEntry> history = service.history(saved.id());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).action()).isEqualTo(AuditAction.UPDATE);
        assertThat(history.get(0).changes()).singleElement()
                .satisfies(c -> {
                    assertThat(c.field()).isEqualTo("title");
                    assertThat(c.before()).isEqualTo("一种高效锂电池正极材料");
                    assertThat(c.after()).isEqualTo("新标题");
                });
        assertThatThrownBy(() -> service.save(edited)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void duplicateResultNo_isRefusedWithNothingWritten() {
        service.save(sample("R-2024-0001"));
        assertThatThrownBy(() -> service.save(sample("R-2024-0001"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).anyMatch(p -> p.key().equals("validation.resultNo.taken")));
        assertThat(new DisclosureRepository(db.dsl()).count()).isEqualTo(1);
    }

    @Test
    void suggestResultNo_followsHighestOfTheYear() {
        service.save(sample("R-2024-0007"));
        assertThat(service.suggestResultNo(LocalDate.of(2024, 5, 1))).isEqualTo("R-2024-0008");
        assertThat(service.suggestResultNo(LocalDate.of(2025, 1, 1))).isEqualTo("R-2025-0001");
    }

    @Test
    void changeStatus_recordsDatedTransitionWithReason_andRefusesBackwardsMoves() {
        Disclosure saved = service.save(sample("R-2024-0001"));
        Disclosure moved = service.changeStatus(saved, ResultStatus.EVALUATING, LocalDate.of(2024, 4, 1), "专家评估");
        assertThat(moved.status()).isEqualTo(ResultStatus.EVALUATING);
        assertThat(moved.history()).hasSize(2);
        assertThat(moved.history().get(1).reason()).isEqualTo("专家评估");
        assertThatThrownBy(() -> service.changeStatus(moved, ResultStatus.DISCLOSED, LocalDate.of(2024, 4, 2), "x"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.changeStatus(moved, ResultStatus.PROTECTING, LocalDate.of(2024, 3, 2), "x"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void streamSummaries_deliversChunksNewestFirstWithInventorNames() {
        for (int i = 1; i <= 25; i++) {
            service.save(sample(DisclosureService.formatResultNo(2024, i)));
        }
        List<List<DisclosureSummary>> chunks = new ArrayList<>();
        service.loadSummaries(10, chunks::add);
        assertThat(chunks).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(chunks.get(0).get(0).resultNo()).isEqualTo("R-2024-0025");
        assertThat(chunks.get(0).get(0).inventors()).isEqualTo("张三、李四、王五");
        assertThat(chunks.get(0).get(0).ipNumbers()).isEqualTo("202310123456.6");
    }

    /** Issue 20: the list shows a small first chunk, then reads the rest in big ones; together the same rows. */
    @ParameterizedTest
    @CsvSource({
        "25, 3,  10, '3,10,10,2'",
        "25, 10, 10, '10,10,5'",
        "13, 3,  10, '3,10'",
        "3,  3,  10, '3'",
        "2,  3,  10, '2'"})
    void streamSummaries_aSmallFirstChunkThenBigOnes_readsTheSameRowsNewestFirst(int results, int first, int size,
            String sizes) {
        for (int i = 1; i <= results; i++) {
            service.save(sample(DisclosureService.formatResultNo(2024, i)));
        }
        List<List<DisclosureSummary>> chunks = new ArrayList<>();
        service.loadSummaries(first, size, chunks::add);
        List<DisclosureSummary> oneChunk = new ArrayList<>();
        service.loadSummaries(results, oneChunk::addAll);

        assertThat(chunks).extracting(c -> String.valueOf(c.size())).containsExactly(sizes.split(","));
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(oneChunk);
        assertThat(chunks.get(0).get(0).resultNo()).isEqualTo(DisclosureService.formatResultNo(2024, results));
    }
}
