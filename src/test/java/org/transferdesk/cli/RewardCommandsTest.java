package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Receipt;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.reward.RewardFixture;

/**
 * {@code distribute} and {@code export …} on a data folder holding E1's team: a licence with a receipt and a
 * refund, and a licence of a result whose key contributors hold only 15% (R-KEY fails under the national preset).
 */
class RewardCommandsTest extends DataFolderCommandTest {
    @BeforeEach
    void setUp() {
        inDataFolder(context -> {
            RewardFixture fixture = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE);
            fixture.licence("E1", true, List.of(
                    new Receipt(null, LocalDate.of(2024, 6, 20), new BigDecimal("2000000.00"), "PZ-001", null),
                    new Receipt(null, LocalDate.of(2024, 7, 1), new BigDecimal("-50000.00"), "PZ-002", null)), List.of());
            List<Inventor> inventors = new ArrayList<>();
            String[] shares = {"40", "25", "20", "15"};
            for (int i = 0; i < 4; i++) {
                Person p = fixture.team.get(i);
                inventors.add(new Inventor(p.id(), p.staffNo(), p.name(), Percent.ofPercent(shares[i]), i == 3));
            }
            Disclosure first = fixture.result;
            fixture.result = new DisclosureRepository(context.database().dsl()).save(DisclosureBuilder.disclosure()
                    .status(first.status()).resultNo("R-2023-0002").title("一种电解液添加剂").disclosedOn(first.disclosedOn())
                    .resultType(first.resultType()).inventors(inventors).build(), "test", LocalDateTime.of(2026, 11, 22, 9, 0));
            fixture.licence("KEY", true, List.of(
                    new Receipt(null, LocalDate.of(2024, 8, 1), new BigDecimal("100000.00"), "PZ-003", null)), List.of());
        });
    }

    @Test
    void distribute_createsWhatItCan_andNamesTheRefundAndTheKeyFailure() {
        int code = run("distribute", "--data-dir", data.toString(), "--year", "2024");

        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("已建分配：合同 E1").contains("2024-06-20 2,000,000.00", "1,000,000.00");
        assertThat(List.of(lines[1], lines[2])).anySatisfy(l -> assertThat(l).startsWith("未分配：合同 E1")
                .contains("2024-07-01", "退款"));
        assertThat(List.of(lines[1], lines[2])).anySatisfy(l -> assertThat(l).startsWith("未分配：合同 KEY")
                .contains("2024-08-01", "主要贡献人员获得奖励份额低于奖励总额的50%"));
        assertThat(lines[3]).isEqualTo("共新建 1 项分配，奖励总额 1,000,000.00；2 项未能分配。");

        out.getBuffer().setLength(0);
        assertThat(run("distribute", "--data-dir", data.toString(), "--contract", "E1")).isZero();
        assertThat(out.toString()).contains("共新建 0 项分配").doesNotContain("已建分配");
    }

    @Test
    void distributeTwiceAtOnce_distributesEachReceiptOnce_andTheLoserSaysSo() throws Exception {
        CliRunner second = new CliRunner();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> codes = new ArrayList<>();
            for (CliRunner runner : List.of(cli, second)) {
                codes.add(pool.submit(() -> {
                    start.await();
                    return runner.run("distribute", "--data-dir", data.toString(), "--contract", "E1");
                }));
            }
            for (var code : codes) {
                assertThat(code.get(120, java.util.concurrent.TimeUnit.SECONDS)).as(err + " / " + second.err).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        String both = out + "\n" + second.out;
        // one run made E1's receipt a draft; the other found it taken (before proposing, or when saving)
        assertThat(both.lines().filter(l -> l.startsWith("已建分配：合同 E1"))).hasSize(1);
        assertThat(both).doesNotContain("Exception").doesNotContain("\tat ");
        inDataFolder(context -> assertThat(
                context.database().dsl().fetchCount(org.transferdesk.db.jooq.Tables.DISTRIBUTION)).isEqualTo(1));
    }

    @Test
    void exportDistributions_jsonToStdout_xlsxToFile_andABadFormatIsRefused() throws IOException {
        assertThat(run("distribute", "--data-dir", data.toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "json"))
                .as(err.toString()).isZero();
        String json = out.toString();
        assertThat(json.strip()).startsWith("[ {").endsWith("} ]");
        assertThat(json).contains("\"contractNo\" : \"E1\"", "\"pool\" : \"1000000.00\"", "\"rate\" : \"0.5\"",
                "\"status\" : \"DRAFT\"");
        assertThat(run("export", "distributions", "--data-dir", data.toString(), "--year", "2023", "--format", "json"))
                .isZero();

        Path xlsx = tmp.resolve("out/distributions.xlsx");
        assertThat(run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "xlsx",
                "--out", xlsx.toString())).as(err.toString()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            assertThat(wb.getSheets().count()).isEqualTo(3);
            assertThat(wb.getFirstSheet().read().get(1).getCell(9).asNumber()).isEqualByComparingTo("1000000.00");
        }

        err.getBuffer().setLength(0);
        assertThat(run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "pdf"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("不支持的格式“pdf”", "json、xlsx 或 csv");
        err.getBuffer().setLength(0);
        assertThat(run("export", "distributions", "--data-dir", data.toString(), "--year", "2024", "--format", "xlsx"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void documentCommands_writeTheirFiles_andRefuseWhatTheyCannotDo() throws IOException {
        assertThat(run("distribute", "--data-dir", data.toString())).isZero();
        Path notice = tmp.resolve("notice.xlsx");
        assertThat(run("export", "reward-notice", "--data-dir", data.toString(), "--distribution", "1", "--from",
                "2026-11-23", "--out", notice.toString())).as(err.toString()).isZero();
        try (InputStream in = Files.newInputStream(notice); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            String text = wb.getFirstSheet().read().stream().flatMap(r -> r.stream()).filter(c -> c != null)
                    .map(c -> c.getText()).reduce("", (a, b) -> a + "|" + b);
            // not yet publicised: the proposed start and the earliest end (15 working days, weekends skipped)
            assertThat(text).contains("科技成果转化奖励公示", "2026-11-23 至 2026-12-14", "甲教授", "50%");
        }
        Path filing = tmp.resolve("filing.xlsx");
        assertThat(run("export", "tax-filing", "--data-dir", data.toString(), "--month", "2026-11", "--unit-name",
                "某某大学", "--credit-code", "12100000400000000X", "--out", filing.toString())).as(err.toString()).isZero();
        assertThat(Files.size(filing)).isPositive();
        Path statement = tmp.resolve("statement.xlsx");
        assertThat(run("export", "statement", "--data-dir", data.toString(), "--staff-no", "R001", "--out",
                statement.toString())).as(err.toString()).isZero();
        err.getBuffer().setLength(0);
        assertThat(run("export", "statement", "--data-dir", data.toString(), "--staff-no", "X9", "--out",
                statement.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("X9");
        assertThat(run("export", "payroll", "--data-dir", data.toString(), "--distribution", "1", "--out",
                tmp.resolve("p.xlsx").toString())).isEqualTo(1); // still a draft
        assertThat(run("export", "payroll", "--data-dir", data.toString(), "--out", tmp.resolve("p.xlsx").toString()))
                .isEqualTo(2);
        assertThat(run("export", "payroll", "--data-dir", data.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--out", tmp.resolve("p.xlsx").toString())).isZero();
    }
}
