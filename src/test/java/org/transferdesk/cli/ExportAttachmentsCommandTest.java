package org.transferdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.deal.DiligenceItem;

/** {@code export attachments --out DIR} on a data folder: every document, checked, with the list of their names. */
class ExportAttachmentsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void everyDocument_isWrittenAndChecked_andAChangedOneStopsTheExport() throws Exception {
        Path data = tmp.resolve("data");
        assertThat(new CliRunner().run("--data-dir", data.toString(), "demo", "--people", "5", "--results", "5"))
                .isZero();
        String stored;
        try (AppContext here = AppContext.open(new DataFolder(data), TestDatabase.CLOCK)) {
            long dealId = here.deals().list().get(0).id();
            stored = here.diligence().attach(dealId, DiligenceItem.SIGNED_CONTRACT,
                    Files.writeString(tmp.resolve("评估报告.pdf"), "%PDF 评估")).storedPath();
        }

        CliRunner export = new CliRunner();
        Path out = tmp.resolve("out");
        assertThat(export.run("--data-dir", data.toString(), "export", "attachments", "--out", out.toString()))
                .isZero();

        assertThat(Files.readString(out.resolve(stored))).isEqualTo("%PDF 评估");
        assertThat(Files.readString(out.resolve("attachments.csv"))).contains("存放位置,文件名,SHA-256,字节数",
                stored, "评估报告.pdf");

        Files.writeString(data.resolve(stored), "%PDF 改过");
        CliRunner changed = new CliRunner();
        assertThat(changed.run("--data-dir", data.toString(), "export", "attachments", "--out",
                tmp.resolve("out2").toString())).isNotZero();
        assertThat(changed.err.toString()).contains("SHA-256");
    }
}
