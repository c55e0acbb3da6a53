package org.transferdesk.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * What every Word document the app writes (the annual report, the catalogue's brochure) does the same way: runs with
 * a Chinese font as well as a Latin one (Word picks the East Asian font for Chinese text, so a run without one may
 * print in a fallback or as boxes), text XML can hold, and A4 pages.
 */
public final class DocxText {
    public static final String BODY_FONT = "宋体";
    public static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;

    private DocxText() {
    }

    /**
     * The text without what XML 1.0 cannot hold (C0 controls but tab, U+FFFE/U+FFFF, unpaired surrogates). Issue 19:
     * a control character typed or pasted into the narrative became a "?" in the document; now it is left out.
     */
    public static String xmlText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE || c > 0xFFFF)
                .forEach(s::appendCodePoint);
        return s.toString();
    }

    public static XWPFRun run(XWPFParagraph p, String text, String chineseFont, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(xmlText(text));
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(chineseFont, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    /** The section's page: A4, portrait or landscape, with these margins (twips) top and bottom and at the sides. */
    public static void a4(CTSectPr sect, boolean landscape, int margin, int sideMargin) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(margin));
        mar.setBottom(BigInteger.valueOf(margin));
        mar.setLeft(BigInteger.valueOf(sideMargin));
        mar.setRight(BigInteger.valueOf(sideMargin));
    }
}
