package org.transferdesk.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The merged regions of each worksheet of an .xlsx, which the streaming reader does not report: read with POI's
 * package reader and a StAX pass that looks only at {@code <mergeCell ref="A2:A4"/>}, so a large ledger is not loaded
 * into memory to learn them.
 */
final class XlsxMerges {
    /** Excel's last row, 0-based. */
    private static final int MAX_ROW0 = 1_048_575;
    /** Cells one merged region may cover: a whole ledger's worth. */
    private static final long MAX_MERGED_CELLS = 1_000_000;

    private XlsxMerges() {
    }

    /** Worksheet name → its merged regions (0-based rows and columns); a sheet without any is absent. */
    static Map<String, List<CellRangeAddress>> of(Path file) throws IOException {
        Map<String, List<CellRangeAddress>> out = new HashMap<>();
        XMLInputFactory xml = XMLInputFactory.newFactory();
        // a workbook is data, never a reason to fetch anything
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    List<CellRangeAddress> regions = regions(xml, in);
                    if (!regions.isEmpty()) {
                        out.put(sheets.getSheetName(), regions);
                    }
                }
            }
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException(e);
        }
        return out;
    }

    private static List<CellRangeAddress> regions(XMLInputFactory xml, InputStream in) throws XMLStreamException {
        List<CellRangeAddress> regions = new ArrayList<>();
        XMLStreamReader r = xml.createXMLStreamReader(in);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(r.getLocalName())) {
                    String ref = r.getAttributeValue(null, "ref");
                    if (ref != null && ref.contains(":")) {
                        CellRangeAddress region = CellRangeAddress.valueOf(ref);
                        // beyond Excel's last row or column a region is damage, and covering it would fill memory
                        if (region.getFirstRow() < 0 || region.getFirstColumn() < 0
                                || region.getLastRow() > MAX_ROW0 || region.getLastColumn() >= LedgerLimits.MAX_COLUMNS
                                || (long) region.getNumberOfCells() > MAX_MERGED_CELLS) {
                            throw new XMLStreamException("merged region out of the sheet: " + ref);
                        }
                        regions.add(region);
                    }
                }
            }
        } finally {
            r.close();
        }
        return regions;
    }

    /** For each cell a region covers other than its top-left one: the top-left cell, as row × 2^16 + column keys. */
    static Map<Long, Long> covered(List<CellRangeAddress> regions) {
        Map<Long, Long> out = new HashMap<>();
        for (CellRangeAddress region : regions) {
            long origin = key(region.getFirstRow(), region.getFirstColumn());
            for (int row = region.getFirstRow(); row <= region.getLastRow(); row++) {
                for (int col = region.getFirstColumn(); col <= region.getLastColumn(); col++) {
                    long k = key(row, col);
                    if (k != origin) {
                        out.put(k, origin);
                    }
                }
            }
        }
        return out;
    }

    static long key(int row0, int col) {
        return ((long) row0 << 16) | col;
    }
}
