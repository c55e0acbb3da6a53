package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.transferdesk.catalogue.export.CatalogueCorpus;

/** {@code export catalogue} writes the site or the file the format names, from the catalogue it is given. */
class ExportCatalogueCommandTest extends CliCommandTestBase {
    private ExportCatalogueCommand command() {
        return new ExportCatalogueCommand(context -> CatalogueCorpus::entries);
    }

    @Test
    void writesTheSite_byDefault() {
        Path site = tmp.resolve("catalogue");

        int exit = runAlone(command(), "--data-dir", data.toString(), "--out", site.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("results/CG-2024-001.html")).isRegularFile();
        assertThat(out.toString()).contains("已写出成果目录网站（5 项成果）", site.toAbsolutePath().toString());
    }

    @Test
    void writesTheTable_orTheBrochure_theFormatNames() {
        for (String format : new String[] {"xlsx", "csv", "docx"}) {
            Path file = tmp.resolve("catalogue." + format);

            int exit = runAlone(command(), "--data-dir", data.toString(), "--format", format, "--out", file.toString());

            assertThat(exit).as(format + ": " + err).isZero();
            assertThat(file).isNotEmptyFile();
        }
    }

    @Test
    void refusesAFolderHoldingOtherFiles() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(folder.resolve("keep.txt"), "keep");

        int exit = runAlone(command(), "--data-dir", data.toString(), "--out", folder.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("不是以前导出的成果目录");
        assertThat(folder.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void theRealCommandLine_knowsTheCommand() {
        Path site = tmp.resolve("empty-catalogue");

        int exit = run("--data-dir", data.toString(), "export", "catalogue", "--out", site.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(site.resolve("index.html")).isRegularFile();
    }
}
