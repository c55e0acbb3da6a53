package org.transferdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.report.E8Fixture;
import org.transferdesk.report.NarrativePart;
import org.transferdesk.report.ReportText;

/**
 * Issue 19, DOCX: narrative text the office typed — XML specials, a CDATA end, quotes, control characters, emoji,
 * U+2028 and a very long paragraph — gives a document whose every XML part is well-formed and which POI reopens
 * with the same text (control characters XML 1.0 cannot hold left out).
 */
class ReportDocxEscapingTest {
    private static final Map<NarrativePart, String> TEXTS = new EnumMap<>(Map.of(
            NarrativePart.WORK_DONE, "<w:t>注入</w:t> & &amp; ]]> <![CDATA[x]]> \"引号\" '单引号'",
            NarrativePart.EXPERIENCE, "控制\u0001字符\u0007与\u000B垂直制表\u001F结束\uFFFE",
            NarrativePart.PROBLEMS, "表情😀👍🏽 与 U+2028\u2028行\u2029段 =HYPERLINK(\"http://x\",\"y\")",
            NarrativePart.POLICY, "长".repeat(20_000) + "😀",
            NarrativePart.CASES, "C4 以专利作价 800 万元投资设立企业。"));

    @TempDir
    Path tmp;

    @Test
    void hostileNarrative_givesAWellFormedDocument_thatReopensWithTheSameText() throws Exception {
        ReportText saved = E8Fixture.text();
        ReportText text = new ReportText(saved.year(), 6, 3, TEXTS, null, 1);
        Path file = tmp.resolve("report.docx");
        ReportDocx.write(file, E8Fixture.pkg(text));

        try (ZipFile zip = new ZipFile(file.toFile())) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            for (var entry : zip.stream().filter(e -> e.getName().endsWith(".xml")).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    factory.newDocumentBuilder().parse(in); // throws on a character XML 1.0 does not allow
                }
            }
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            for (String expected : List.of(TEXTS.get(NarrativePart.WORK_DONE), "控制字符与垂直制表结束",
                    TEXTS.get(NarrativePart.PROBLEMS), TEXTS.get(NarrativePart.POLICY))) {
                assertThat(all).contains(expected);
            }
        }
    }
}
