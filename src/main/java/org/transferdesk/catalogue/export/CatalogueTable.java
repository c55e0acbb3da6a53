package org.transferdesk.catalogue.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.export.TableExport;

/**
 * The catalogue as one table for the provincial and national platforms' uploads (XLSX or CSV): one row per result,
 * headers in Chinese whatever the clerk's language, since those platforms are Chinese; the columns are documented in
 * cli.md. Several IP rights share one cell, a line each.
 */
public final class CatalogueTable {
    private CatalogueTable() {
    }

    public static void writeXlsx(Path file, List<CatalogueEntry> entries) {
        SiteLabels labels = new SiteLabels();
        TableExport.writeXlsx(file, labels.zh("catalogueExport.sheet"), headers(labels), rows(labels, entries));
    }

    public static void writeCsv(Path file, List<CatalogueEntry> entries) {
        SiteLabels labels = new SiteLabels();
        TableExport.writeCsv(file, headers(labels), rows(labels, entries));
    }

    static List<String> headers(SiteLabels l) {
        return List.of(l.zh("catalogueSite.resultNo"), l.zh("catalogueExport.titleZh"), l.zh("catalogueExport.titleEn"),
                l.zh("catalogueExport.summaryZh"), l.zh("catalogueExport.summaryEn"), l.zh("catalogueSite.field"),
                l.zh("catalogueSite.areas"), l.zh("catalogueSite.stage"), l.zh("catalogueExport.trl"),
                l.zh("catalogueSite.ip"), l.zh("catalogueSite.modes"), l.zh("catalogueSite.terms"),
                l.zh("catalogueSite.contactName"), l.zh("catalogueSite.phone"), l.zh("catalogueSite.email"),
                l.zh("catalogueSite.published"));
    }

    private static List<List<?>> rows(SiteLabels l, List<CatalogueEntry> entries) {
        List<List<?>> rows = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            List<Object> row = new ArrayList<>();
            row.add(e.resultNo());
            row.add(e.titleZh());
            row.add(e.titleEn());
            row.add(e.summaryZh());
            row.add(e.summaryEn());
            row.add(e.field());
            row.add(String.join("、", e.applicationAreas()));
            row.add(l.label(e.stage()).zh());
            row.add(e.trl());
            row.add(String.join("\n", e.ip().stream().map(ip -> ipLine(l, ip)).toList()));
            row.add(String.join("、", e.modes().stream().map(m -> l.label(m).zh()).toList()));
            row.add(e.terms());
            CatalogueEntry.Contact c = e.contact();
            row.add(c == null ? null : c.name());
            row.add(c == null ? null : c.phone());
            row.add(c == null ? null : c.email());
            row.add(e.publishedOn());
            rows.add(row);
        }
        return rows;
    }

    /** One IP right in words: its type, number, title and status (发明专利 ZL… 一种…（已授权）). */
    static String ipLine(SiteLabels l, CatalogueEntry.PublicIp ip) {
        return l.zh("catalogueExport.ipLine", l.label(ip.type()).zh(), ip.number(), ip.title(),
                l.label(ip.status()).zh());
    }
}
