package org.transferdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.AttachmentStore;
import org.transferdesk.common.FileStore;
import org.transferdesk.common.I18n;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.Database;
import org.transferdesk.db.TableCopy;
import org.transferdesk.export.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export attachments --out DIR} (issue 21): every attached document (diligence files, pilot documents) as a
 * file under DIR, each checked against its recorded SHA-256, with a list naming them as the user did. With
 * {@code export ledger}, the office-side copy of a shared database whose backups are the server's.
 */
@Command(name = "attachments", mixinStandardHelpOptions = true)
public final class ExportAttachmentsCommand extends CliCommand<ExportAttachmentsCommand.Services> {
    record Services(AttachmentStore store, Database database) {
    }

    /** The list of the documents written, beside them (opens in Excel). */
    static final String LIST = "attachments.csv";

    public ExportAttachmentsCommand() {
        super(context -> new Services(context.attachments(), context.database()));
    }

    @Option(names = "--out", paramLabel = "DIR", required = true)
    Path out;

    @Override
    protected Integer run(Services services) throws IOException {
        if (Files.exists(out) && (!Files.isDirectory(out) || hasFiles(out))) {
            throw new UserFacingException("cli.export.attachments.notEmpty", out.toAbsolutePath());
        }
        List<TableCopy.RecordedAttachment> documents = TableCopy.recordedAttachments(services.database());
        List<List<?>> rows = new ArrayList<>();
        for (TableCopy.RecordedAttachment d : documents) {
            Path target = out.resolve(d.storedPath()).normalize();
            if (!target.startsWith(out.normalize())) {
                throw new UserFacingException("diligenceFile.error.sourceMissing", d.storedPath());
            }
            Files.createDirectories(target.getParent());
            Files.copy(services.store().resolve(d.storedPath()), target);
            if (!FileStore.sha256(target).equals(d.sha256()) || Files.size(target) != d.sizeBytes()) {
                throw new UserFacingException("attachment.error.damaged", d.storedPath());
            }
            rows.add(List.of(d.storedPath(), d.fileName(), d.sha256(), d.sizeBytes()));
        }
        Files.createDirectories(out);
        TableExport.writeCsv(out.resolve(LIST), List.of(I18n.t("cli.export.attachments.storedPath"),
                I18n.t("cli.export.attachments.fileName"), "SHA-256", I18n.t("cli.export.attachments.size")), rows);
        out().println(I18n.t("cli.export.attachments.done", documents.size(), out.toAbsolutePath()));
        return 0;
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }
}
