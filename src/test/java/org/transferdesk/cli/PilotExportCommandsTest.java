package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.IP_ASSET;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.Percent;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.ResultDeals;
import org.transferdesk.pilot.export.XlsxRows;
import org.transferdesk.reward.RewardFixture;

/** {@code export pilot-notice} and {@code export pilot-register} on a data folder holding one registered grant. */
class PilotExportCommandsTest extends DataFolderCommandTest {
    private String caseNo;

    @BeforeEach
    void setUp() {
        inDataFolder(context -> {
            RewardFixture fixture = new RewardFixture(context.database().dsl()).e1Team(LeaderRole.NONE);
            context.database().dsl().insertInto(IP_ASSET).set(IP_ASSET.DISCLOSURE_ID, fixture.result.id())
                    .set(IP_ASSET.IP_TYPE, "INVENTION_PATENT").set(IP_ASSET.APPLICATION_NO, "2023100000001")
                    .set(IP_ASSET.STATUS, "GRANTED").execute();
            PilotFixture pilots = new PilotFixture(context.database(), data, ResultDeals.NONE);
            PilotCase c = pilots.service.save(PilotFixture.complete(pilots.service.draftFor(fixture.result.id()),
                    Percent.ofPercent("70")));
            caseNo = pilots.walkTo(c, PilotStep.REGISTERED).caseNo();
        });
    }

    private static String all(List<List<String>> rows) {
        return String.join("|", rows.stream().flatMap(List::stream).toList());
    }

    @Test
    void pilotNotice_writesTheCasesNotice_andPrintsThePath() throws IOException {
        Path file = tmp.resolve("out/notice.xlsx");
        assertThat(run("export", "pilot-notice", "--data-dir", data.toString(), "--case", caseNo, "--out",
                file.toString())).as(err.toString()).isZero();

        assertThat(out.toString().strip()).isEqualTo("已写入 " + file.toAbsolutePath());
        String text = all(XlsxRows.read(file));
        assertThat(text).contains("关于赋予科研人员职务科技成果所有权的公示", caseNo, "学校 30%，成果完成团队 70%", "28%",
                "2024-09-18 至 2024-10-08", "发明专利 2023100000001", "本单位（盖章）");
    }

    @Test
    void pilotNotice_ofAnUnknownCase_failsWithAClearMessage_inBothLanguages() {
        assertThat(run("export", "pilot-notice", "--data-dir", data.toString(), "--case", "FQ-2099-009")).isEqualTo(1);
        assertThat(err.toString()).contains("没有赋权案件“FQ-2099-009”");
        err.getBuffer().setLength(0);
        assertThat(run("export", "pilot-notice", "--data-dir", data.toString(), "--lang", "en", "--case", "FQ-2099-009"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("There is no pilot case FQ-2099-009");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void pilotRegister_writesEveryCase() throws IOException {
        Path file = tmp.resolve("register.xlsx");
        assertThat(run("export", "pilot-register", "--data-dir", data.toString(), "--out", file.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains(file.toAbsolutePath().toString());
        List<List<String>> rows = XlsxRows.read(file);
        assertThat(XlsxRows.rowOf(rows, caseNo))
                .contains("R-2023-0001", "所有权（共有）", "30%", "70%", "权属变更已登记", "2025-01-10");
    }
}
