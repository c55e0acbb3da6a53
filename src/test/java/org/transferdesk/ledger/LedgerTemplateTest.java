package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.ledger.persistence.LedgerRepository;
import org.junit.jupiter.api.Tag;

@Tag(TestDatabase.TAG)
class LedgerTemplateTest {
    @TempDir
    Path tmp;

    @Test
    void template_hasTheThreeSheetsWithChineseHeaders() throws IOException {
        Path file = tmp.resolve("模板.xlsx");
        LedgerTemplate.write(file);

        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("人员", "成果", "知识产权", "合同", "到账", "费用",
                    "奖励发放", "赋权");
            assertThat(headers(sheets.get(0))).containsExactly("工号", "姓名", "院系", "领导职务", "身份证号", "证件类型");
            assertThat(headers(sheets.get(1)))
                    .containsExactly("成果编号", "成果名称", "披露日期", "院系", "成果类型", "经费来源", "完成人");
            assertThat(headers(sheets.get(2))).containsExactly("成果编号", "类型", "申请号", "申请日", "授权日", "状态");
            assertThat(headers(sheets.get(3))).containsExactly("合同编号", "转化方式", "许可类型", "签订日期", "合同金额",
                    "对方名称", "统一社会信用代码", "定价方式", "公示开始", "公示结束", "技术合同登记号", "登记日期", "关联成果",
                    "持股比例", "关联交易", "对方行业", "对方所在地");
            assertThat(headers(sheets.get(4))).containsExactly("合同编号", "到账日期", "金额", "凭证号");
            assertThat(headers(sheets.get(5))).containsExactly("合同编号", "日期", "类别", "金额");
            assertThat(headers(sheets.get(6))).containsExactly("合同编号", "发放日期", "工号", "类型", "金额", "股权比例",
                    "公示", "代扣个税", "到账日期", "凭证号");
            assertThat(headers(sheets.get(7))).containsExactly("成果编号", "方式", "团队份额", "使用年限", "公示开始", "公示结束",
                    "协议日期", "登记日期", "转化期限");
        }
        try (Database db = TestDatabase.fresh()) {
            ImportPreview preview = new LedgerImporter(new LedgerRepository(db.dsl()), TestDatabase.CLOCK)
                    .preview(file, false, ProgressSink.NONE);
            assertThat(preview.errors()).isEmpty();
            assertThat(preview.counts()).extracting(SheetCounts::rows).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
        }
        assertThat(Files.list(tmp)).containsExactly(file); // no temp file left behind
    }

    private static List<String> headers(Sheet sheet) throws IOException {
        Row first = sheet.read().get(0);
        return first.stream().map(Cell::getText).toList();
    }
}
