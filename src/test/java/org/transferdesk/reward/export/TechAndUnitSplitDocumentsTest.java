package org.transferdesk.reward.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.deal.persistence.DealRepository;
import org.transferdesk.export.print.PrintableSheet;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.DistributionJson;
import org.transferdesk.reward.ExportedDistribution;
import org.transferdesk.reward.PayCap;
import org.transferdesk.reward.RewardFixture;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardServices;
import org.transferdesk.reward.UnitPart;
import org.junit.jupiter.api.Tag;

/**
 * The reward notice and the exports of a split transfer/licence distribution (R-UNIT-SPLIT: 80% team, 10%
 * 学校, 10% 学院) and of a technical-service reward on an unregistered contract (R-45-TECH: counts inside the
 * performance-pay cap).
 */
@Tag(TestDatabase.TAG)
class TechAndUnitSplitDocumentsTest {
    private static final RewardPolicy NWAFU = new RewardPolicy(RewardPolicy.Preset.NATIONAL, Percent.ofPercent("80"),
            Percent.ofPercent("50"), Percent.ofPercent("5"), 3, Percent.ofPercent("50"), RewardPolicy.DEFAULT_DEDUCTIBLE,
            15, RewardPolicy.PublicityCalendar.WORKING_DAYS, RewardPolicy.LeaderEquity.WAIVE_AND_REDISTRIBUTE,
            Percent.ZERO, null, null, null,
            new RewardPolicy.UnitShares(Percent.ofPercent("10"), Percent.ofPercent("10"), Percent.ZERO));

    @TempDir
    Path tmp;

    private Database db;
    private RewardServices services;
    private RewardDocuments documents;
    private RewardFixture fixture;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        services = new RewardServices(db, NWAFU);
        documents = new RewardDocuments(services.distributions, services.people, services.disclosures,
                (k, d) -> Optional.empty());
        fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Distribution distribute(Deal deal) {
        return services.distributions.saveDraft(services.distributions.proposeCash(deal.id(),
                List.of(deal.receipts().get(0).id())).distribution());
    }

    @Test
    void splitLicence_noticeJsonAndXlsx_showTheUniversitysLines() throws IOException {
        Distribution d = distribute(fixture.e1Licence("XN-1", true));

        PrintableSheet notice = documents.rewardNotice(d.id(), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 11));
        assertThat(notice.facts()).extracting(PrintableSheet.Fact::label, PrintableSheet.Fact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("学校部分",
                        "学校 185,740.00 元（占净收入 10%）；学院 185,740.00 元（占净收入 10%）"));
        assertThat(notice.facts()).extracting(PrintableSheet.Fact::label).doesNotContain("绩效工资总量");

        List<ExportedDistribution> kept = ExportedDistribution.select(services.distributions, 2024).distributions();
        assertThat(DistributionJson.toJson(kept)).contains("""
                  "universityPart" : "371480.00",
                  "unitParts" : [ {
                    "unit" : "UNIVERSITY",
                    "name" : "",
                    "share" : "0.1",
                    "amount" : "185740.00"
                  }, {
                    "unit" : "SCHOOL",
                    "name" : "",
                    "share" : "0.1",
                    "amount" : "185740.00"
                  } ],
                """);

        Path xlsx = tmp.resolve("d.xlsx");
        DistributionTables.writeXlsx(xlsx, kept);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> units = wb.getSheets().toList().get(2).read();
            assertThat(units).hasSize(3);
            assertThat(units.get(1).getCell(1).getText()).isEqualTo("XN-1");
            assertThat(units.subList(1, 3)).extracting(r -> r.getCell(2).getText())
                    .containsExactly(UnitPart.Unit.UNIVERSITY.label(), UnitPart.Unit.SCHOOL.label());
            assertThat(units.get(2).getCell(4).asNumber()).isEqualByComparingTo("0.1");
            assertThat(units.get(2).getCell(5).asNumber()).isEqualByComparingTo("185740.00");
        }
    }

    @Test
    void techRewardOnAnUnregisteredContract_noticeWarnsOfThePayCap_registeredOneIsOutside() {
        Deal unregistered = techDeal("JS-1", false);
        Deal registered = techDeal("JS-2", true);

        PrintableSheet warned = documents.rewardNotice(distribute(unregistered).id(), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 11));
        assertThat(warned.facts()).extracting(PrintableSheet.Fact::label, PrintableSheet.Fact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("绩效工资总量", "计入绩效工资总量（合同未作技术合同登记）"));
        assertThat(warned.facts()).extracting(PrintableSheet.Fact::label).doesNotContain("学校部分");

        PrintableSheet outside = documents.rewardNotice(distribute(registered).id(), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 12, 11));
        assertThat(outside.facts()).extracting(PrintableSheet.Fact::label, PrintableSheet.Fact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("绩效工资总量", PayCap.OUTSIDE_CAP.label()));
    }

    private Deal techDeal(String contractNo, boolean registered) {
        Deal d = DealBuilder.deal().mode(DealMode.SERVICE).contractNo(contractNo).title("电池检测技术服务")
                .results(List.of(new ResultRef(fixture.result.id(), fixture.result.resultNo(), fixture.result.title())))
                .signedOn(LocalDate.of(2024, 2, 1)).contractAmount(new BigDecimal("100000.00"))
                .registration(registered ? new Deal.Registration("2024110000007777", LocalDate.of(2024, 2, 20), null) : null)
                .status(DealStatus.SIGNED)
                .receipts(List.of(new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("100000.00"), "PZ-7", null)))
                .build();
        return new DealRepository(db.dsl()).save(d, "test", LocalDateTime.of(2026, 11, 22, 9, 0));
    }
}
