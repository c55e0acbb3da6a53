package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.people.persistence.PersonRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class LedgerCsvImportTest extends LedgerImportTestBase {
    private static final String BOM = "\uFEFF";

    LedgerCsvImportTest() {
        super(TestDatabase.CLOCK);
    }

    private void csv(String name, String content) throws IOException {
        Files.writeString(tmp.resolve(name), BOM + content, StandardCharsets.UTF_8);
    }

    @Test
    void csvFolder_withBomAndEnglishAliasHeaders_imports() throws IOException {
        csv("people.csv", """
                staff_no,name,department,leader_role,id_number
                T001,张三,材料学院,OTHER,11010519491231002X
                T002,"李四",材料学院,,

                """);
        csv("results.csv", "result_no,title,disclosed_on,department,result_type,funding,inventors\r\n"
                + "R-2024-0001,\"一种方法，及其装置, \"\"改进型\"\"\",2024-03-01,材料学院,INVENTION_PATENT,COMMISSIONED,"
                + "T001:60*；T002:40\r\n");
        csv("ip.csv", """
                Result_No,IP_Type,application_no,filed_on,granted_on,status,notes
                R-2024-0001,INVENTION_PATENT,ZL 202310123456.6,2023/1/5,,REJECTED,ignored column
                """);
        Files.writeString(tmp.resolve("readme.txt"), "not a sheet");

        ImportResult result = importer.importAll(tmp, false, ProgressSink.NONE);

        assertThat(result.counts()).containsExactly(LedgerFixtures.restEmpty(new SheetCounts("people", 2, 2, 0),
                new SheetCounts("results", 1, 1, 0), new SheetCounts("ip", 1, 1, 0)));
        assertThat(new PersonRepository(db.dsl()).findByStaffNo("T002").orElseThrow().name()).isEqualTo("李四");
        DisclosureRepository results = new DisclosureRepository(db.dsl());
        Disclosure d = results.findById(results.idOfResultNo("R-2024-0001").orElseThrow()).orElseThrow();
        assertThat(d.title()).isEqualTo("一种方法，及其装置, \"改进型\"");
        assertThat(d.inventors()).extracting(Inventor::staffNo, Inventor::keyContributor)
                .containsExactly(tuple("T001", true), tuple("T002", false));
        assertThat(d.ipAssets()).singleElement().satisfies(ip -> {
            assertThat(ip.applicationNo()).isEqualTo("202310123456.6");
            assertThat(ip.filedOn()).hasToString("2023-01-05");
            assertThat(ip.status()).isEqualTo(IpStatus.REJECTED);
        });
    }

    @Test
    void chineseFileNames_andRowNumbersCountTheHeader() throws IOException {
        csv("人员.csv", "工号,姓名\nT001,张三\n,\nT001,张三\n");

        ImportPreview preview = importer.preview(tmp, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column)
                .containsExactly(tuple("人员", 4, "工号"));
    }

    /**
     * A NUL character in a cell (a damaged file) is refused at its cell: PostgreSQL cannot store it, and the preview's
     * lookups of existing numbers failed on it there (issue 21). Nothing is written.
     */
    @Test
    void aNulCharacterInACell_isRefusedAtThatCell() throws IOException {
        csv("人员.csv", "工号,姓名\nT001,张\u0000三\nT\u0000002,李四\nT003,王五\n");

        ImportPreview preview = importer.preview(tmp, false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "姓名", "ledger.cell.nulCharacter"),
                        tuple(3, "工号", "ledger.cell.nulCharacter"));
        assertThat(new org.transferdesk.people.persistence.PersonRepository(db.dsl()).count()).isZero();
    }

    @Test
    void gbkFile_whatChineseExcelWritesForCsv_isReadAndSaidSo() throws IOException {
        Files.writeString(tmp.resolve("人员.csv"), "工号,姓名,院系\nT001,张三,材料学院\n", Charset.forName("GBK"));

        ImportPreview preview = importer.preview(tmp, false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::key).containsExactly("ledger.notice.gbk");
        importer.commit(preview, ProgressSink.NONE);
        assertThat(new org.transferdesk.people.persistence.PersonRepository(db.dsl()).count()).isEqualTo(1);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030_areRefusedWithAHint() throws IOException {
        Files.write(tmp.resolve("人员.csv"), new byte[] {(byte) 0xB9, (byte) 0xA4, '\n', (byte) 0x81, (byte) 0x20, '\n'});

        assertThat(importer.preview(tmp, false, ProgressSink.NONE).errors()).extracting(ImportError::key)
                .containsExactly("ledger.csv.notUtf8");
    }

    @Test
    void singleCsvFile_namedAfterItsSheet_imports() throws IOException {
        csv("people.csv", "staff_no,name\nT001,张三\n");

        ImportResult result = importer.importAll(tmp.resolve("people.csv"), false, ProgressSink.NONE);

        assertThat(result.counts().get(0)).isEqualTo(new SheetCounts("people", 1, 1, 0));
    }
}
