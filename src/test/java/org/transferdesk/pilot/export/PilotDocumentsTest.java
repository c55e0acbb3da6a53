package org.transferdesk.pilot.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.FreshDatabaseResolver;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.deal.PublicityNoticeService;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.DisclosureBuilder;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.pilot.MaintenancePayer;
import org.transferdesk.pilot.PilotCase;
import org.transferdesk.pilot.PilotCaseBuilder;
import org.transferdesk.pilot.PilotFixture;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotService;
import org.transferdesk.pilot.PilotStep;
import org.transferdesk.pilot.PilotTerms;
import org.transferdesk.pilot.ResultDeals;
import org.transferdesk.reward.RewardFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grant notice and the register read back from their files: an ownership grant at 30:70 registered
 * and overdue (convert by 2026-10-15, today 2026-11-22), and a ten-year use right with its agreement signed
 * and 40 days left, whose notice before its publicity proposes today → the earliest end.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(FreshDatabaseResolver.class)
class PilotDocumentsTest {
    @TempDir
    Path tmp;
    private RewardFixture fixture;
    private PilotFixture pilots;
    private PilotService service;
    private PilotDocuments documents;
    private Disclosure software;

    @BeforeEach
    void setUp(Database db) {
        fixture = PilotFixture.e1ResultWithGrantedPatent(db.dsl());
        Disclosure first = fixture.result;
        software = new DisclosureRepository(db.dsl()).save(DisclosureBuilder.disclosure().status(first.status())
                .resultNo("R-2023-0002").title("电池管理系统软件").disclosedOn(first.disclosedOn())
                .departmentId(first.departmentId()).departmentName(first.departmentName())
                .resultType(ResultType.SOFTWARE).inventors(first.inventors()).build(), "test",
                LocalDateTime.of(2026, 11, 22, 9, 0));
        pilots = new PilotFixture(db, tmp.resolve("data"), ResultDeals.NONE);
        service = pilots.service;
        pilots.office.set(PublicityNoticeService.OBJECTION_CONTACT, LocalDate.of(2020, 1, 1), "科技处 010-62700000");
        documents = new PilotDocuments(service, new DisclosureService(new DisclosureRepository(db.dsl()),
                new AuditRepository(db.dsl()), TestDatabase.CLOCK), () -> "示例大学", pilots.office::valueOn,
                (id, since) -> id == fixture.result.id() ? new PilotIncome.Deals(0, BigDecimal.ZERO.setScale(2))
                        : new PilotIncome.Deals(1, new BigDecimal("50000.00")));
        I18n.setLocale(I18n.CHINESE);
    }

    private PilotCase ownership() {
        PilotCase c = service.save(PilotFixture.complete(service.draftFor(fixture.result.id()), Percent.ofPercent("70")));
        return pilots.walkTo(c, PilotStep.REGISTERED);
    }

    private PilotCase useRight() {
        return useRight(null);
    }

    /** {@code place}: none until the publicity is recorded, when the notice proposes the default. */
    private PilotCase useRight(String place) {
        PilotCase d = PilotFixture.complete(service.draftFor(software.id()), null);
        PilotTerms t = d.terms();
        return service.save(PilotCaseBuilder.toBuilder(d).id(null).caseNo(null).model(PilotModel.LONG_TERM_USE)
                .teamShare(null).useYears(10).renewalYears(5).useFee(new BigDecimal("20000.00")).publicityPlace(place)
                .terms(new PilotTerms(null, t.decisionRights(), MaintenancePayer.UNIVERSITY, LocalDate.of(2027, 1, 1),
                        t.recoveryRule()))
                .steps(List.of()).objections(List.of()).ownersBefore(null).version(0).build());
    }

    @Test
    void theOwnershipNotice_showsTheSplit_theTeamsPartsOfTheWhole_andThePublicity() throws IOException {
        PilotCase c = ownership();
        Path file = tmp.resolve("notice.xlsx");
        documents.writeNotice(c.id(), file);

        List<List<String>> rows = XlsxRows.read(file);
        String all = String.join("|", rows.stream().flatMap(List::stream).toList());
        assertThat(rows.get(0).get(0)).isEqualTo("关于赋予科研人员职务科技成果所有权的公示");
        assertThat(all).contains("国科发区〔2020〕128号", "示例大学", "R-2023-0001", "一种高镍正极材料的制备方法",
                "发明专利 2023100000001", "学校 30%，成果完成团队 70%", "2024-09-18 至 2024-10-08", "学校主页通知公告栏",
                "科技处 010-62700000", "与企业合作实施许可", "示例大学（盖章）", "2024年9月18日");
        assertThat(fact(rows, "团队代表")).isEqualTo(fixture.team.get(0).name());
        assertThat(XlsxRows.rowOf(rows, "R001")).containsSequence(fixture.team.get(0).name(), "R001", "40%", "28%", "团队代表");
        assertThat(XlsxRows.rowOf(rows, "R002")).containsSequence("R002", "25%", "17.5%");
        assertThat(XlsxRows.rowOf(rows, "R004")).containsSequence("R004", "15%", "10.5%");
        assertThat(XlsxRows.rowOf(rows, "合计")).containsSequence("100%", "70%");
    }

    @Test
    void aUseRightNotice_beforeItsPublicity_proposesTodayToTheEarliestEnd_andShowsTheTerm() throws IOException {
        PilotCase c = pilots.walkTo(useRight(), PilotStep.UNIVERSITY_REVIEW);
        Path file = tmp.resolve("use.xlsx");
        documents.writeNotice(c.id(), file);

        List<List<String>> rows = XlsxRows.read(file);
        String all = String.join("|", rows.stream().flatMap(List::stream).toList());
        assertThat(rows.get(0).get(0)).isEqualTo("关于赋予科研人员职务科技成果长期使用权的公示");
        assertThat(all).contains("2026-11-22 至 2026-12-07", "首期 10 年，可续期 5 年（合计 15 年）", "20,000.00 元",
                "本单位门户网站通知公告栏", "2026年11月22日").doesNotContain("占成果份额", "权属份额");
    }

    @Test
    void theRegister_hasARowPerCase_withSteps_deadlines_andDeals_inEnglishToo() throws IOException {
        PilotCase owned = ownership();
        PilotCase used = pilots.walkTo(useRight("学校主页通知公告栏"), PilotStep.AGREEMENT);
        Path file = tmp.resolve("register.xlsx");
        documents.writeRegister(file);

        List<List<String>> rows = XlsxRows.read(file);
        assertThat(rows.get(0).get(0)).isEqualTo("赋予科研人员职务科技成果所有权或长期使用权试点台账");
        List<String> header = XlsxRows.rowOf(rows, "序号");
        assertThat(header).containsExactly("序号", "案件编号", "成果编号", "成果名称", "成果类型", "院系", "赋权方式", "学校份额",
                "团队份额", "使用年限（+续期）", "使用费（元）", "团队代表", "团队成员及份额", "申请日期", "公示期", "审批日期",
                "协议日期", "登记日期", "转化期限", "当前步骤", "步骤日期", "期限状态", "是否已转化");
        List<String> a = XlsxRows.rowOf(rows, owned.caseNo());
        assertThat(a.get(0)).isEqualTo("1");
        assertThat(a.subList(6, 12)).containsExactly("所有权（共有）", "30%", "70%", "—", "—", fixture.team.get(0).name());
        assertThat(a.get(12)).contains(fixture.team.get(0).name() + "（团队内 40%，占成果 28%）");
        assertThat(a.subList(13, 23)).containsExactly("2024-09-02", "2024-09-18\n至 2024-10-08", "2024-10-10",
                "2024-10-15", "2025-01-10", "2026-10-15", "权属变更已登记", "2025-01-10", "逾期应收回", "否");
        List<String> b = XlsxRows.rowOf(rows, used.caseNo());
        assertThat(b.subList(6, 11)).containsExactly("长期使用权", "—", "—", "首期 10 年，可续期 5 年（合计 15 年）", "20000.00");
        assertThat(b.subList(17, 23)).containsExactly("—", "2027-01-01", "协议签署", "2024-10-15", "还剩 40 天",
                "是（1 项合同，到账 50,000.00 元）");
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList()))
                .contains("示例大学", "统计日期：2026-11-22", "共 2 件：所有权 1 件，长期使用权 1 件；逾期应收回 1 件。");

        I18n.setLocale(I18n.ENGLISH);
        documents.writeRegister(file);
        List<List<String>> english = XlsxRows.read(file);
        assertThat(XlsxRows.rowOf(english, "No.")).contains("Case no.", "Current step", "Deadline", "Converted");
        assertThat(XlsxRows.rowOf(english, owned.caseNo())).contains("Ownership change registered", "Overdue: recover", "No");
        assertThat(XlsxRows.rowOf(english, used.caseNo())).contains("40 days left", "Agreement signed");
    }

    @Test
    void anUnknownCaseNumber_isAClearError() {
        assertThatThrownBy(() -> documents.byCaseNo("FQ-2099-001")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("FQ-2099-001"));
        PilotCase c = ownership();
        assertThat(documents.byCaseNo(" " + c.caseNo().toLowerCase() + " ").id()).isEqualTo(c.id());
    }

    private static String fact(List<List<String>> rows, String label) {
        List<String> row = XlsxRows.rowOf(rows, label);
        return row.stream().skip(row.indexOf(label) + 1).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
