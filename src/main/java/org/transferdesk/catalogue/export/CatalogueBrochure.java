package org.transferdesk.catalogue.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.export.AtomicFile;
import org.transferdesk.export.DocxText;

/**
 * The catalogue as a brochure for fairs and roadshows (DOCX, A4): one result a page, each starting on a new page,
 * with its Chinese and English title, summary, facts, IP, pictures and the named contact. Chinese labels, as the
 * fairs are Chinese; the clerk edits or prints it as is.
 */
public final class CatalogueBrochure {
    /** 2.5 cm / 2 cm margins, as the annual report's. */
    private static final int MARGIN = 1418;
    private static final int SIDE_MARGIN = 1134;
    /** The facts table's columns in twips: the label, and the rest of the A4 text width for the value. */
    private static final int LABEL_WIDTH = 1900;
    private static final int VALUE_WIDTH = DocxText.A4_SHORT - 2 * SIDE_MARGIN - LABEL_WIDTH;
    /** A picture's largest width on the page, in points (the text width less a little). */
    private static final int IMAGE_WIDTH_PT = 440;
    private static final int IMAGE_HEIGHT_PT = 260;

    private final SiteLabels labels = new SiteLabels();
    private final XWPFDocument doc;

    private CatalogueBrochure(XWPFDocument doc) {
        this.doc = doc;
    }

    public static void write(Path file, List<CatalogueEntry> entries) {
        AtomicFile.write(file, entries.size(), out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                CatalogueBrochure brochure = new CatalogueBrochure(doc);
                for (int i = 0; i < entries.size(); i++) {
                    brochure.page(entries.get(i), i > 0);
                }
                DocxText.a4(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                        : doc.getDocument().getBody().addNewSectPr(), false, MARGIN, SIDE_MARGIN);
                doc.write(out);
            }
        });
    }

    private void page(CatalogueEntry e, boolean newPage) throws IOException {
        XWPFParagraph title = doc.createParagraph();
        title.setPageBreak(newPage);
        title.setAlignment(ParagraphAlignment.CENTER);
        DocxText.run(title, e.titleZh(), DocxText.HEADING_FONT, 18, true);
        if (e.titleEn() != null && !e.titleEn().isBlank()) {
            XWPFParagraph en = doc.createParagraph();
            en.setAlignment(ParagraphAlignment.CENTER);
            DocxText.run(en, e.titleEn(), DocxText.BODY_FONT, 12, false).setItalic(true);
        }
        XWPFParagraph no = doc.createParagraph();
        no.setAlignment(ParagraphAlignment.CENTER);
        no.setSpacingAfter(200);
        DocxText.run(no, labels.zh("catalogueSite.resultNo") + "：" + e.resultNo(), DocxText.BODY_FONT, 9, false);

        heading(labels.zh("catalogueSite.summary"));
        text(e.summaryZh());
        if (e.summaryEn() != null && !e.summaryEn().isBlank()) {
            text(e.summaryEn());
        }
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.zh("catalogueSite.field"), e.field()});
        if (!e.applicationAreas().isEmpty()) {
            facts.add(new String[] {labels.zh("catalogueSite.areas"), String.join("、", e.applicationAreas())});
        }
        String stage = labels.label(e.stage()).zh();
        if (e.trl() != null) {
            stage += "（" + labels.zh("catalogueSite.trl", e.trl()) + "）";
        }
        facts.add(new String[] {labels.zh("catalogueSite.stage"), stage});
        facts.add(new String[] {labels.zh("catalogueSite.modes"),
                String.join("、", e.modes().stream().map(m -> labels.label(m).zh()).toList())});
        if (e.terms() != null && !e.terms().isBlank()) {
            facts.add(new String[] {labels.zh("catalogueSite.terms"), e.terms()});
        }
        if (!e.ip().isEmpty()) {
            facts.add(new String[] {labels.zh("catalogueSite.ip"),
                    String.join("\n", e.ip().stream().map(ip -> CatalogueTable.ipLine(labels, ip)).toList())});
        }
        CatalogueEntry.Contact c = e.contact();
        if (c != null) {
            List<String> contact = new ArrayList<>(List.of(c.name()));
            if (c.phone() != null && !c.phone().isBlank()) {
                contact.add(labels.zh("catalogueSite.phone") + "：" + c.phone());
            }
            if (c.email() != null && !c.email().isBlank()) {
                contact.add(labels.zh("catalogueSite.email") + "：" + c.email());
            }
            facts.add(new String[] {labels.zh("catalogueSite.contact"), String.join("\n", contact)});
        }
        table(facts);
        for (CatalogueEntry.Image image : e.images()) {
            picture(image);
        }
    }

    private void heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(160);
        p.setSpacingAfter(80);
        p.setKeepNext(true);
        DocxText.run(p, text, DocxText.HEADING_FONT, 12, false);
    }

    private void text(String text) {
        for (String line : text.split("\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(420);
            p.setSpacingAfter(60);
            DocxText.run(p, line.strip(), DocxText.BODY_FONT, 10.5, false);
        }
    }

    private void table(List<String[]> facts) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingAfter(60);
        XWPFTable t = doc.createTable(facts.size(), 2);
        t.setWidth(String.valueOf(LABEL_WIDTH + VALUE_WIDTH));
        // fixed columns: Word and LibreOffice otherwise size them by their content (and ignore percentages)
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(LABEL_WIDTH));
        grid.addNewGridCol().setW(BigInteger.valueOf(VALUE_WIDTH));
        for (int r = 0; r < facts.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            row.setCantSplitRow(true);
            cell(row.getCell(0).getParagraphs().get(0), facts.get(r)[0], true);
            row.getCell(0).setWidth(String.valueOf(LABEL_WIDTH));
            row.getCell(0).setColor("EEF2F6");
            cell(row.getCell(1).getParagraphs().get(0), facts.get(r)[1], false);
            row.getCell(1).setWidth(String.valueOf(VALUE_WIDTH));
        }
    }

    private static void cell(XWPFParagraph p, String text, boolean bold) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        var run = DocxText.run(p, lines[0], DocxText.BODY_FONT, 10, bold);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(DocxText.xmlText(lines[i]));
        }
    }

    /** The picture scaled to fit the text width and a third of the page, with its caption under it. */
    private void picture(CatalogueEntry.Image image) throws IOException {
        byte[] bytes = image.bytes();
        var read = ImageIO.read(new ByteArrayInputStream(bytes));
        if (read == null) {
            return; // not a picture Java can read: the brochure goes without it rather than fail the fair
        }
        double scale = Math.min(1.0, Math.min((double) IMAGE_WIDTH_PT / read.getWidth(),
                (double) IMAGE_HEIGHT_PT / read.getHeight()));
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(160);
        p.setKeepNext(true);
        boolean png = image.fileName().toLowerCase(Locale.ROOT).endsWith(".png");
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            p.createRun().addPicture(in, png ? PictureType.PNG : PictureType.JPEG,
                    image.fileName(), Units.toEMU(read.getWidth() * scale), Units.toEMU(read.getHeight() * scale));
        } catch (InvalidFormatException ex) {
            throw new IOException(ex);
        }
        if (image.caption() != null && !image.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            DocxText.run(caption, image.caption(), DocxText.BODY_FONT, 9, false);
        }
    }
}
