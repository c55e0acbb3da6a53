package org.transferdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.I18n;
import org.transferdesk.report.E8Fixture;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportText;

class ReportDocxTest {
    @TempDir
    Path tmp;

    @Test
    void report_readsBack_withTitleNarrativeAndTheModeTable() throws IOException {
        Path file = tmp.resolve("report.docx");
        ReportDocx.write(file, E8Fixture.pkg());

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("2024年度科技成果转化年度报告");
            assertThat(paragraphs).contains("全年完成科技成果披露、评估和转化工作，签订技术合同六项。", "建立了成果转化台账。",
                    "C4 以专利作价 800 万元投资设立企业。", "一、年度工作概况", "六、政策落实情况与项目清单");
            XWPFTable modes = doc.getTables().stream().filter(t -> t.getText().contains("六种方式合计")).findFirst()
                    .orElseThrow();
            assertThat(modes.getText()).contains("1403.00", "555.00", "333.00");
            assertThat(doc.getTables()).anyMatch(t -> t.getText().contains("序号") && t.getText().contains("C8")
                    || t.getText().contains("智能传感器技术开发"));
            XWPFRun titleRun = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("建立了")).findFirst()
                    .orElseThrow().getRuns().get(0);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("16838");
        }
    }

    @Test
    void draftText_isNotPrinted_aPlaceholderIs() throws IOException {
        ReportText saved = E8Fixture.text();
        ReportText draft = new ReportText(2024, 6, 3, Map.of(NarrativePart.WORK_DONE,
                saved.part(NarrativePart.WORK_DONE)), 2023, 0);
        Path file = tmp.resolve("draft.docx");
        ReportDocx.write(file, E8Fixture.pkg(draft));

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).doesNotContain("建立了成果转化台账。");
            assertThat(paragraphs).filteredOn(I18n.t("reportExport.notWritten")::equals)
                    .hasSize(NarrativePart.values().length);
        }
    }
}
