package org.transferdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.PublishedCatalogue;
import org.transferdesk.catalogue.export.CatalogueBrochure;
import org.transferdesk.catalogue.export.CatalogueSite;
import org.transferdesk.catalogue.export.CatalogueTable;
import org.transferdesk.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export catalogue --out DIR} (issue 25): the published results as a static website; with
 * {@code --format xlsx|csv|docx}, as the platforms' table or the fairs' brochure in the file OUT.
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true)
public final class ExportCatalogueCommand extends CliCommand<PublishedCatalogue> {
    enum Format { site, xlsx, csv, docx }

    /** The published results come from the results' public profiles (R-CAT-PUBLISH). */
    public ExportCatalogueCommand() {
        this(AppContext::catalogue);
    }

    /** With another source of published results (the tests' own catalogue). */
    ExportCatalogueCommand(Function<AppContext, PublishedCatalogue> catalogue) {
        super(catalogue);
    }

    @Option(names = "--format", paramLabel = "FORMAT")
    Format format = Format.site;

    @Option(names = "--out", paramLabel = "OUT", required = true)
    Path out;

    @Override
    protected Integer run(PublishedCatalogue catalogue) {
        List<CatalogueEntry> entries = catalogue.published();
        switch (format) {
            case site -> {
                CatalogueSite.write(out, entries);
                out().println(I18n.t("catalogueSite.written", entries.size(), out.toAbsolutePath()));
                return 0;
            }
            case xlsx -> CatalogueTable.writeXlsx(out, entries);
            case csv -> CatalogueTable.writeCsv(out, entries);
            case docx -> CatalogueBrochure.write(out, entries);
        }
        documentWritten(out);
        return 0;
    }
}
