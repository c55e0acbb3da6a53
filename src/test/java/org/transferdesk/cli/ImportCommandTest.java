package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.db.Database;
import org.transferdesk.disclosure.persistence.DisclosureRepository;
import org.transferdesk.ledger.TestWorkbook;
import org.transferdesk.people.persistence.PersonRepository;

class ImportCommandTest extends DataFolderCommandTest {
    private Path good() throws IOException {
        return TestWorkbook.create()
                .sheet("人员", row("工号", "姓名", "院系"), row("T001", "张三", "材料学院"), row("T002", "李四", null))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R-2024-0001", "一种高效锂电池正极材料", "2024-03-01", "T001:60*;T002:40"))
                .sheet("知识产权", row("成果编号", "类型", "申请号"),
                        row("R-2024-0001", "INVENTION_PATENT", "CN202310123456.6"))
                .writeTo(tmp.resolve("ledger.xlsx"));
    }

    private int[] counts(Path dataDir) {
        try (Database db = Database.openFile(new DataFolder(dataDir).database())) {
            return new int[] {new PersonRepository(db.dsl()).count(), new DisclosureRepository(db.dsl()).count()};
        }
    }

    @Test
    void goodFile_isImported_andCountsArePrinted() throws IOException {
        int code = run("import", "--data-dir", data.toString(), "--lang", "en", good().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("人员: 2 rows, 2 created, 0 updated").contains("Import complete.");
        assertThat(counts(data)).containsExactly(2, 1);
    }

    @Test
    void dryRun_writesNothing() throws IOException {
        int code = run("import", "--data-dir", data.toString(), "--dry-run", good().toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("人员：共 2 行，新建 2，更新 0").contains("试运行");
        assertThat(counts(data)).containsExactly(0, 0);
    }

    @Test
    void badFile_exitsWith2_listsEveryErrorOnStderr_andWritesNothing() throws IOException {
        Path bad = TestWorkbook.create()
                .sheet("人员", row("工号", "姓名", "身份证号"), row("T001", "张三", "110105194912310021"))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "完成人"),
                        row("R-2024-0001", "甲", "2024-03-01", "T001:99*"))
                .writeTo(tmp.resolve("bad.xlsx"));

        int code = run("import", "--data-dir", data.toString(), "--lang", "en", bad.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("人员 row 2, column 身份证号: "))
                .anySatisfy(l -> assertThat(l).startsWith("成果 row 2, column 完成人: "))
                .anySatisfy(l -> assertThat(l).startsWith("Nothing was imported: 2 error(s)"));
        assertThat(counts(data)).containsExactly(0, 0);
    }

    @Test
    void update_overwritesExistingKeys() throws IOException {
        Path file = good();
        assertThat(run("import", "--data-dir", data.toString(), file.toString())).isZero();
        assertThat(run("import", "--data-dir", data.toString(), file.toString())).isEqualTo(2);
        assertThat(run("import", "--data-dir", data.toString(), "--update", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("人员：共 2 行，新建 0，更新 2");
    }

    @Test
    void template_writesAWorkbookThatImportsEmpty() {
        Path file = tmp.resolve("模板.xlsx");

        assertThat(run("template", "--data-dir", data.toString(), file.toString())).isZero();
        assertThat(Files.exists(file)).isTrue();
        assertThat(run("import", "--data-dir", data.toString(), file.toString())).isZero();
        assertThat(out.toString()).contains("人员：共 0 行");
    }

    @Test
    void problems_areAlsoWrittenToACsvThatExcelOpens_withTheNotes() throws IOException {
        Path bad = TestWorkbook.create()
                .sheet("人员", row("序号", "工号", "姓名", "身份证号"), row(1, "T001", "张三", "110105194912310021"))
                .writeTo(tmp.resolve("bad.xlsx"));
        Path list = tmp.resolve("problems.csv");

        int code = run("import", "--data-dir", data.toString(), "--problems", list.toString(), bad.toString());

        assertThat(code).isEqualTo(2);
        byte[] bytes = java.nio.file.Files.readAllBytes(list);
        assertThat(new String(bytes, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).as("UTF-8 BOM for Excel")
                .isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(java.nio.file.Files.readAllLines(list)).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains("人员,2,身份证号,"))
                .anySatisfy(l -> assertThat(l).contains("人员,1,序号,提示：不认识此列"));
        assertThat(out.toString()).contains("problems.csv");
    }
}
