package org.transferdesk.catalogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueBrochureTest {
    @TempDir
    Path tmp;

    @Test
    void eachResultStartsItsOwnPage_withItsTitle_factsAndPictures() throws IOException {
        Path file = tmp.resolve("brochure.docx");
        CatalogueBrochure.write(file, CatalogueCorpus.entries());

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> pageStarts = new ArrayList<>();
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i == 0 || paragraphs.get(i).isPageBreak()) {
                    pageStarts.add(paragraphs.get(i).getText());
                }
            }
            assertThat(pageStarts).containsExactly("硅碳负极材料及其制备方法", "柔性压力传感器", "玉米抗旱新品种“豫丰9号”",
                    CatalogueCorpus.HOSTILE_TITLE, "固态电解质薄膜");
            assertThat(doc.getTables()).hasSize(5);
            assertThat(doc.getTables().get(0).getText()).contains("新能源", "锂电池、储能", "中试（技术就绪度 6 级）",
                    "许可、转让", "发明专利 ZL202310000001.X 一种硅碳复合负极材料的制备方法（已授权）", "王敏",
                    "联系电话：027-8765 4321");
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).getData())
                    .isEqualTo(CatalogueCorpus.entries().get(0).images().get(0).bytes());
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }
}
