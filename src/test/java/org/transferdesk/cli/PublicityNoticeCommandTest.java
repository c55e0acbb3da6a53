package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.transferdesk.ledger.TestWorkbook;

class PublicityNoticeCommandTest extends DataFolderCommandTest {
    @Test
    void notice_ofAnImportedContract_isWritten_andAnUnknownContractIsRefused() throws IOException {
        Path ledger = TestWorkbook.create()
                .sheet("人员", row("工号", "姓名"), row("T001", "张三"))
                .sheet("成果", row("成果编号", "成果名称", "披露日期", "成果类型", "完成人"),
                        row("R-2024-0001", "一种高效锂电池正极材料", "2024-03-01", "INVENTION_PATENT", "T001:100*"))
                .sheet("合同", row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "定价方式", "公示开始", "公示结束",
                                "关联成果"),
                        row("C1", "转让", null, 1_500_000, "北京甲科技有限公司", "协议定价", "2024-05-06", "2024-05-21",
                                "R-2024-0001"))
                .writeTo(tmp.resolve("ledger.xlsx"));
        assertThat(run("import", "--data-dir", data.toString(), ledger.toString())).as(err.toString()).isZero();
        Path file = tmp.resolve("notice.xlsx");

        int code = run("publicity-notice", "--data-dir", data.toString(), "C1", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("C1", "notice.xlsx");
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            String text = wb.getFirstSheet().read().stream().flatMap(r -> r.stream()).filter(c -> c != null)
                    .map(c -> c.getText()).reduce("", (a, b) -> a + "|" + b);
            assertThat(text).contains("科技成果转化价格公示", "一种高效锂电池正极材料", "发明专利", "1,500,000.00",
                    "2024-05-06 至 2024-05-21");
        }

        assertThat(run("publicity-notice", "--data-dir", data.toString(), "C9", "--out",
                tmp.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("C9");
    }
}
