package org.transferdesk.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.transferdesk.common.AttachmentCheck;
import org.transferdesk.common.FileStore;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.db.DatabaseAttachmentStore;
import org.transferdesk.db.ServerAddress;
import org.transferdesk.db.ServerSchemaGuard;
import org.transferdesk.db.TableCopy;
import org.transferdesk.report.export.ReportJson;

/**
 * {@code db copy} (issue 21): moves an office's embedded database into an empty shared PostgreSQL database, then
 * proves the copy: every table's row count, the ledger export (the import format, every record) and the annual
 * report of every year with records are the same on both sides; the attached documents go into the database
 * (shared mode keeps them there) and each is checked against its recorded SHA-256. The target must be empty; when the copy or its proof
 * fails, what the copy created there is dropped again, so the server is left as it was found.
 */
public final class SharedDatabaseCopy {
    /** What was copied: each table's rows, the years whose reports agree, the ledger files compared. */
    public record Outcome(Map<String, Long> rows, int firstYear, int lastYear, int ledgerFiles, int documents) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private SharedDatabaseCopy() {
    }

    public static Outcome copy(DataFolder from, ServerAddress to, String password, Clock clock, ProgressSink progress) {
        if (!Files.exists(from.databaseFile())) {
            throw new UserFacingException("copy.error.noSource", from.root());
        }
        try (AppContext source = AppContext.open(from, clock)) {
            return copy(source, to, password, progress);
        }
    }

    /**
     * As {@link #copy(DataFolder, ServerAddress, String, Clock, ProgressSink)}, from a database already open (the
     * desktop app's own, Settings → 共享数据库 → 迁入本机数据).
     */
    public static Outcome copy(AppContext source, ServerAddress to, String password, ProgressSink progress) {
        DataFolder from = source.folder();
        Clock clock = source.clock();
        // every recorded document must be there and intact before anything is written to the server: none is
        // left behind, and a refusal leaves the server as it was
        List<TableCopy.RecordedAttachment> documents = TableCopy.recordedAttachments(source.database());
        FileStore files = new FileStore(from.root());
        List<String> damaged = documents.stream().filter(d -> files.verify(d.storedPath(), d.sha256(),
                d.sizeBytes()) != AttachmentCheck.INTACT).map(TableCopy.RecordedAttachment::storedPath).toList();
        if (!damaged.isEmpty()) {
            throw new UserFacingException("copy.error.attachments", damaged.size(), damaged.get(0));
        }
        try (AppContext target = AppContext.openShared(from, to, password, ServerSchemaGuard.INIT, clock)) {
            return copy(source, target, documents, files, clock, progress);
        }
    }

    private static Outcome copy(AppContext source, AppContext target, List<TableCopy.RecordedAttachment> documents,
                                FileStore files, Clock clock, ProgressSink progress) {
        try {
            Map<String, Long> rows = TableCopy.copy(source.database(), target.database(), progress);
            // issue 22: the PC's own user comes along so the copied audit keeps showing their name, but is no account
            // of the server's (no PostgreSQL login of that name): an administrator makes the office's accounts there
            target.database().dsl().execute("UPDATE app_user SET active = FALSE WHERE login NOT IN "
                    + "(SELECT rolname FROM pg_roles WHERE rolcanlogin)");
            DatabaseAttachmentStore store = new DatabaseAttachmentStore(target.database(),
                    target.folder().root().resolve("attachment-cache"));
            for (TableCopy.RecordedAttachment d : documents) {
                store.put(d.storedPath(), files.resolve(d.storedPath()), d.sha256(), d.sizeBytes());
            }
            if (store.count() != documents.size() || documents.stream().anyMatch(d -> store.verify(d.storedPath(),
                    d.sha256(), d.sizeBytes()) != AttachmentCheck.INTACT)) {
                throw new UserFacingException("copy.error.attachmentsCopied", documents.size(), store.count());
            }
            Map<String, Long> counted = TableCopy.counts(target.database());
            if (!counted.equals(rows) || !TableCopy.counts(source.database()).equals(rows)) {
                throw new UserFacingException("copy.error.counts", differences(rows, counted));
            }
            // issue 22: the server chained the copied audit rows itself; the same content in the same order gives
            // the same chain, hash for hash, so every anchor an earlier backup or export recorded still holds
            org.transferdesk.audit.AuditVerification chain = target.auditTrail().verify();
            if (!chain.intact() || !chain.latest().equals(source.auditTrail().latest())) {
                throw new UserFacingException("copy.error.audit", chain.latest().seq(),
                        source.auditTrail().latest().seq());
            }
            int[] years = TableCopy.dataYears(source.database(), LocalDate.now(clock).getYear());
            for (int y = years[0]; y <= years[1]; y++) {
                progress.progress(y - years[0], years[1] - years[0] + 1L, String.valueOf(y));
                JsonNode a = ReportJson.tree(source.reports().report(y));
                JsonNode b = ReportJson.tree(target.reports().report(y));
                if (!a.equals(b)) {
                    throw new UserFacingException("copy.error.report", y);
                }
            }
            int ledgerFiles = sameLedger(source, target);
            return new Outcome(rows, years[0], years[1], ledgerFiles, documents.size());
        } catch (RuntimeException | IOException e) {
            TableCopy.dropSchema(target.database());
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Writes both sides' ledger exports (CSV folders) and compares them file for file, byte for byte. */
    private static int sameLedger(AppContext source, AppContext target) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("transferdesk-copy");
            Path a = dir.resolve("source");
            Path b = dir.resolve("target");
            source.ledgerExport().write(a);
            target.ledgerExport().write(b);
            List<Path> files = listed(a);
            if (!files.equals(listed(b))) {
                throw new UserFacingException("copy.error.ledger", files.size());
            }
            for (Path f : files) {
                if (Files.mismatch(a.resolve(f), b.resolve(f)) >= 0) {
                    throw new UserFacingException("copy.error.ledger", f.toString());
                }
            }
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static List<Path> listed(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private static String differences(Map<String, Long> copied, Map<String, Long> counted) {
        List<String> lines = new ArrayList<>();
        copied.forEach((t, n) -> {
            if (!n.equals(counted.get(t))) {
                lines.add(t + " " + n + " → " + counted.get(t));
            }
        });
        return String.join(", ", lines);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
