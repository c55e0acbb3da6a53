package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditAction;
import org.transferdesk.audit.AuditEntry;
import org.transferdesk.audit.persistence.AuditRepository;
import org.transferdesk.common.Percent;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpAsset;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ip.persistence.IpRepository;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.DepartmentRepository;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class LedgerImporterTest extends LedgerImportTestBase {
    LedgerImporterTest() {
        super(TestDatabase.CLOCK);
    }

    private Disclosure result(String resultNo) {
        DisclosureRepository results = new DisclosureRepository(db.dsl());
        return results.findById(results.idOfResultNo(resultNo).orElseThrow()).orElseThrow();
    }

    private Person person(String staffNo) {
        return new PersonRepository(db.dsl()).findByStaffNo(staffNo).orElseThrow();
    }

    @Test
    void goodWorkbook_importsPeopleResultsAndIp_withAuditRows_andIgnoresOtherSheets() throws IOException {
        Path file = LedgerFixtures.good().writeTo(tmp.resolve("ledger.xlsx"));

        ImportResult result = importer.importAll(file, false, ProgressSink.NONE);

        assertThat(result.counts()).containsExactly(LedgerFixtures.restEmpty(new SheetCounts("人员", 4, 4, 0),
                new SheetCounts("成果", 2, 2, 0), new SheetCounts("知识产权", 2, 2, 0)));
        Person zhang = person("T001");
        assertThat(zhang.name()).isEqualTo("张三");
        assertThat(zhang.departmentName()).isEqualTo("材料学院");
        assertThat(zhang.leaderRole()).isEqualTo(LeaderRole.HEAD);
        assertThat(zhang.idNumber()).isEqualTo("11010519491231002X");
        assertThat(person("T004").departmentId()).isNull();
        assertThat(new DepartmentRepository(db.dsl()).findAll()).extracting(d -> d.name())
                .containsExactlyInAnyOrder("材料学院", "计算机学院");

        Disclosure first = result("R-2024-0001");
        assertThat(first.title()).isEqualTo("一种高效锂电池正极材料");
        assertThat(first.disclosedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first.departmentName()).isEqualTo("材料学院");
        assertThat(first.resultType()).isEqualTo(ResultType.INVENTION_PATENT);
        assertThat(first.funding()).isEqualTo(FundingSource.FISCAL);
        assertThat(first.inventors()).extracting(Inventor::staffNo, Inventor::share, Inventor::keyContributor)
                .containsExactly(tuple("T001", Percent.ofPercent("40"), true), tuple("T002", Percent.ofPercent("25"), true),
                        tuple("T003", Percent.ofPercent("20"), false), tuple("T004", Percent.ofPercent("15"), false));
        assertThat(first.ipAssets()).singleElement().satisfies(ip -> {
            assertThat(ip.type()).isEqualTo(IpType.INVENTION_PATENT);
            assertThat(ip.applicationNo()).isEqualTo("202310123456.6"); // stored canonical (R-ID-PATENT)
            assertThat(ip.filedOn()).isEqualTo(LocalDate.of(2023, 1, 5));
            assertThat(ip.status()).isEqualTo(IpStatus.FILED);
        });
        Disclosure second = result("R-2024-0002");
        assertThat(second.disclosedOn()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(second.ipAssets()).singleElement().extracting(IpAsset::status).isEqualTo(IpStatus.GRANTED);

        AuditRepository audit = new AuditRepository(db.dsl());
        assertThat(audit.count()).isEqualTo(2 + 4 + 2); // departments, people, results
        assertThat(audit.history(PersonRepository.ENTITY, zhang.id())).singleElement()
                .extracting(AuditEntry::action).isEqualTo(AuditAction.IMPORT);
        assertThat(audit.history(PersonRepository.ENTITY, zhang.id()).get(0).changes().toString())
                .doesNotContain("11010519491231002X"); // ID numbers never reach the audit log unmasked
        assertThat(audit.history(DisclosureRepository.ENTITY, first.id())).singleElement()
                .extracting(AuditEntry::action).isEqualTo(AuditAction.IMPORT);
    }

    @Test
    void badWorkbook_listsEveryErrorWithSheetRowAndColumn_andWritesNothing() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("人员", row("工号", "身份证号"), // 姓名 missing
                        row("T001", "110105194912310021"),
                        row("T002", null),
                        row("T002", null))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R1", "甲", "2024-03-01", "T001:40*;T002:59"),
                        row("R2", "乙", "2024-13-45", "T001:50*;T009:50"),
                        row("R3", "丙", "2024-03-01", "T001:50;T002:50"),
                        row("R4", "丁", "2099-01-01", "T001:100*"),
                        row(null, null, null, null),
                        row("R5", "戊", "2024-03-01", "T001=100"))
                .sheet("知识产权", row("成果编号", "类型", "申请号", "申请日", "授权日"),
                        row("R1", "INVENTION_PATENT", "CN202310123456.7", null, null),
                        row("R9", "INVENTION_PATENT", "CN202310123456.6", null, null),
                        row("R2", "UTILITY_MODEL", "202310123456.6", null, null),
                        row("R1", "INVENTION_PATENT", null, "2024-05-01", "2024-01-01"),
                        row("R3", "火箭", null, null, null))
                .writeTo(tmp.resolve("bad.xlsx"));

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(
                        tuple("人员", 1, "姓名", "ledger.column.missing"),
                        tuple("人员", 2, "身份证号", "validation.idNumber.checkDigit"),
                        tuple("人员", 4, "工号", "ledger.duplicateInFile"),
                        tuple("成果", 2, "完成人", "validation.inventors.sum"),
                        tuple("成果", 3, "披露日期", "ledger.cell.badDate"),
                        tuple("成果", 3, "完成人", "ledger.inventors.unknownStaff"),
                        tuple("成果", 4, "完成人", "validation.inventors.noKey"),
                        tuple("成果", 5, "披露日期", "validation.dateInFuture"),
                        tuple("成果", 7, "完成人", "ledger.inventors.badEntry"),
                        tuple("知识产权", 2, "申请号", "validation.patent.checkDigit"),
                        tuple("知识产权", 3, "成果编号", "ledger.ip.unknownResult"),
                        tuple("知识产权", 4, "申请号", "validation.patent.typeMismatch"),
                        tuple("知识产权", 5, "授权日", "validation.ip.grantBeforeFiling"),
                        tuple("知识产权", 6, "类型", "ledger.value.unmapped"));
        assertThat(preview.errors().get(5).args()).containsExactly("T009");
        assertThat(preview.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());

        assertThatThrownBy(() -> importer.commit(preview, ProgressSink.NONE)).isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).errors()).isEqualTo(preview.errors()));
        assertThatThrownBy(() -> importer.importAll(file, true, ProgressSink.NONE))
                .isInstanceOf(ImportFailedException.class);
        assertDatabaseEmpty();
    }

    private void assertDatabaseEmpty() {
        assertThat(new PersonRepository(db.dsl()).count()).isZero();
        assertThat(new DepartmentRepository(db.dsl()).findAll()).isEmpty();
        assertThat(new DisclosureRepository(db.dsl()).count()).isZero();
        assertThat(new IpRepository(db.dsl()).count()).isZero();
        assertThat(new AuditRepository(db.dsl()).count()).isZero();
    }

    @Test
    void existingKeys_areRejectedAsDuplicates_unlessUpdateIsChosen() throws IOException {
        importer.importAll(LedgerFixtures.good().writeTo(tmp.resolve("first.xlsx")), false, ProgressSink.NONE);
        long ipId = result("R-2024-0001").ipAssets().get(0).id();
        Path again = TestWorkbook.create()
                .sheet("人员", row("工号", "姓名", "院系"), row("T002", "李四（改）", "化学学院"), row("T005", "钱七", null))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R-2024-0001", "新标题", "2024-03-02", "T001:50*;T005:50"))
                .sheet("知识产权", row("成果编号", "类型", "申请号", "申请日", "授权日"),
                        row("R-2024-0001", "INVENTION_PATENT", "202310123456.6", "2023-01-05", "2024-09-01"),
                        row("R-2024-0002", "OTHER", null, null, null))
                .writeTo(tmp.resolve("again.xlsx"));

        ImportPreview refused = importer.preview(again, false, ProgressSink.NONE);
        assertThat(refused.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::key).containsExactly(
                tuple("人员", 2, "ledger.people.exists"), tuple("成果", 2, "ledger.results.exists"),
                tuple("知识产权", 2, "ledger.ip.exists"));

        ImportResult result = importer.importAll(again, true, ProgressSink.NONE);

        assertThat(result.counts()).containsExactly(LedgerFixtures.restEmpty(new SheetCounts("人员", 2, 1, 1),
                new SheetCounts("成果", 1, 0, 1), new SheetCounts("知识产权", 2, 1, 1)));
        Person li = person("T002");
        assertThat(li.name()).isEqualTo("李四（改）");
        assertThat(li.departmentName()).isEqualTo("化学学院");
        assertThat(li.leaderRole()).isEqualTo(LeaderRole.NONE);
        Disclosure updated = result("R-2024-0001");
        assertThat(updated.title()).isEqualTo("新标题");
        assertThat(updated.departmentName()).isEqualTo("材料学院"); // empty cell: kept
        assertThat(updated.funding()).isEqualTo(FundingSource.FISCAL);
        assertThat(updated.inventors()).extracting(Inventor::staffNo).containsExactly("T001", "T005");
        assertThat(updated.ipAssets()).singleElement().satisfies(ip -> {
            assertThat(ip.id()).isEqualTo(ipId);
            assertThat(ip.grantedOn()).isEqualTo(LocalDate.of(2024, 9, 1));
            assertThat(ip.status()).isEqualTo(IpStatus.GRANTED);
        });
        assertThat(result("R-2024-0002").ipAssets()).extracting(IpAsset::type)
                .containsExactly(IpType.SOFTWARE_COPYRIGHT, IpType.OTHER);
        assertThat(new AuditRepository(db.dsl()).history(DisclosureRepository.ENTITY, updated.id()))
                .extracting(AuditEntry::action).containsExactly(AuditAction.IMPORT, AuditAction.IMPORT);
    }

    @Test
    void keysAreCheckedAgainInsideTheCommit() throws IOException {
        ImportPreview preview = importer.preview(LedgerFixtures.good().writeTo(tmp.resolve("l.xlsx")), false,
                ProgressSink.NONE);
        assertThat(preview.hasErrors()).isFalse();
        // someone saves T003 in the editor between preview and commit
        new PersonRepository(db.dsl()).save(Person.create("T003", "王五"), "clerk", java.time.LocalDateTime.now());

        assertThatThrownBy(() -> importer.commit(preview, ProgressSink.NONE)).isInstanceOf(ImportFailedException.class)
                .satisfies(e -> assertThat(((ImportFailedException) e).errors())
                        .extracting(ImportError::sheet, ImportError::row, ImportError::key)
                        .containsExactly(tuple("人员", 4, "ledger.people.exists")));
        assertThat(new PersonRepository(db.dsl()).count()).isEqualTo(1);
        assertThat(new DisclosureRepository(db.dsl()).count()).isZero();
    }

    @Test
    void excelDateCells_andNumericCells_areAccepted() throws IOException {
        Path file = TestWorkbook.create()
                .sheet("人员", row("工号", "姓名"), row(new BigDecimal("10023"), "孙八"), row(10024, "周九"))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R-2023-0009", "一种传感器", LocalDate.of(2023, 12, 31), "10023:60.5*;10024:39.5"))
                .sheet("知识产权", row("成果编号", "类型", "申请号", "申请日", "授权日"),
                        row("R-2023-0009", "UTILITY_MODEL", "CN 2023 2 0123456.1", LocalDate.of(2023, 2, 28),
                                LocalDate.of(2024, 2, 29)))
                .writeTo(tmp.resolve("typed.xlsx"));

        ImportPreview preview = importer.preview(file, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        importer.commit(preview, ProgressSink.NONE);

        assertThat(person("10023").name()).isEqualTo("孙八");
        Disclosure d = result("R-2023-0009");
        assertThat(d.disclosedOn()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(d.inventors()).extracting(Inventor::share)
                .containsExactly(Percent.ofPercent("60.5"), Percent.ofPercent("39.5"));
        assertThat(d.ipAssets()).singleElement().satisfies(ip -> {
            assertThat(ip.applicationNo()).isEqualTo("202320123456.1");
            assertThat(ip.filedOn()).isEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(ip.grantedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        });
    }

    @Test
    void cancellingDuringCommit_rollsEverythingBack() throws IOException {
        ImportPreview preview = importer.preview(LedgerFixtures.good().writeTo(tmp.resolve("l.xlsx")), false,
                ProgressSink.NONE);
        int[] calls = new int[1];
        ProgressSink cancelAfterFive = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls[0] > 5;
            }
        };

        assertThatThrownBy(() -> importer.commit(preview, cancelAfterFive)).isInstanceOf(CancellationException.class);
        assertDatabaseEmpty();
    }

    @Test
    void fileProblems_areErrorsOfTheImport() throws IOException {
        assertThat(importer.preview(tmp.resolve("missing.xlsx"), false, ProgressSink.NONE).errors())
                .extracting(ImportError::key).containsExactly("ledger.file.notFound");
        Path notExcel = java.nio.file.Files.writeString(tmp.resolve("fake.xlsx"), "not a workbook");
        assertThat(importer.preview(notExcel, false, ProgressSink.NONE).errors())
                .extracting(ImportError::key).containsExactly("ledger.file.unreadable");
        Path other = TestWorkbook.create().sheet("说明", row("填表说明")).writeTo(tmp.resolve("other.xlsx"));
        assertThat(importer.preview(other, false, ProgressSink.NONE).errors())
                .extracting(ImportError::key).containsExactly("ledger.file.noSheets");
    }
}
