package org.transferdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.deal.PublicityNotice;
import org.transferdesk.deal.PublicityNoticeTest;

class PublicityNoticeXlsxTest {
    @TempDir
    Path tmp;

    @Test
    void notice_readsBack_asOnePrintableSheet() throws IOException {
        PublicityNotice notice = PublicityNotice.of(PublicityNoticeTest.licence(null), Map.of("R-2024-0001", "发明专利"),
                "科技处 010-12345678", LocalDate.of(2024, 5, 6), 15);
        Path file = tmp.resolve("notice.xlsx");

        PublicityNoticeXlsx.write(file, notice);

        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(1);
            List<Row> rows = sheets.get(0).read();
            List<String> text = rows.stream().flatMap(r -> r.stream()).filter(c -> c != null)
                    .map(c -> c.getText()).filter(t -> t != null && !t.isBlank()).toList();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo(notice.title());
            assertThat(text).contains("R-2024-0001", "一种高效锂电池正极材料", "发明专利", "一种数据压缩方法",
                    "北京甲科技有限公司", "1,200,000.00", notice.lines().get(4).value(), "科技处 010-12345678");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(sheet).contains("orientation=\"portrait\"", "paperSize=\"9\"", "<mergeCell");
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).contains("<b/>", "thin");
        }
        assertThat(Files.list(tmp)).containsExactly(file);
    }
}
