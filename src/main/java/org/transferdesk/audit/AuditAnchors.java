package org.transferdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The audit anchor an export or backup recorded (issue 22): the chain's latest place and hash when it was made, under
 * the names {@value #SEQ} and {@value #HASH}. A backup keeps them in its manifest, an XLSX workbook as custom document
 * properties, a JSON report as top-level fields, a folder of CSV files in {@value #FOLDER_FILE}.
 */
public final class AuditAnchors {
    public static final String SEQ = "auditSeq";
    public static final String HASH = "auditHash";
    /** The file a CSV folder export keeps its anchor in. */
    public static final String FOLDER_FILE = "audit-anchor.properties";
    private static final String BACKUP_MANIFEST = "transferdesk-backup.properties";
    private static final String XLSX_CUSTOM = "docProps/custom.xml";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private AuditAnchors() {
    }

    /** The audit row that records an export of personal data: its kind, year or period, rows and file name. */
    public static AuditEntry exportEntry(java.time.LocalDateTime at, String kind, String period, long rows,
                                         Path file) {
        return new AuditEntry(at, Actor.current(), AuditService.EXPORT_ENTITY, 0, AuditAction.EXPORT,
                java.util.List.of(new FieldChange("kind", null, kind), new FieldChange("period", null, period),
                        new FieldChange("rows", null, Long.toString(rows)),
                        new FieldChange("file", null, file.getFileName() == null ? file.toString()
                                : file.getFileName().toString())));
    }

    /** The anchor as properties to record ({@value #SEQ}, {@value #HASH}). */
    public static Map<String, String> properties(AuditChain.Anchor anchor) {
        return Map.of(SEQ, Long.toString(anchor.seq()), HASH, anchor.hash());
    }

    /** Writes {@value #FOLDER_FILE} into a folder export. */
    public static void writeToFolder(Path folder, AuditChain.Anchor anchor) throws IOException {
        // written by hand: Properties.store adds the time, and two exports of the same data are the same bytes
        Files.writeString(folder.resolve(FOLDER_FILE), "# TransferDesk audit anchor (issue 22): audit verify --against\n"
                + SEQ + "=" + anchor.seq() + "\n" + HASH + "=" + anchor.hash() + "\n", StandardCharsets.UTF_8);
    }

    /**
     * The anchor {@code file} recorded: a backup (a zip with a TransferDesk manifest), an XLSX export, a JSON report
     * or a CSV folder export (the folder or its anchor file). Empty when it records none.
     */
    public static Optional<AuditChain.Anchor> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            return read(file.resolve(FOLDER_FILE));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".properties")) {
            try (InputStream in = Files.newInputStream(file)) {
                return fromProperties(in);
            }
        }
        if (name.endsWith(".json")) {
            JsonNode tree = new ObjectMapper().readTree(file.toFile());
            return anchor(tree.path(SEQ).asText(null), tree.path(HASH).asText(null));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifest = zip.getEntry(BACKUP_MANIFEST);
            if (manifest != null) {
                try (InputStream in = zip.getInputStream(manifest)) {
                    return fromProperties(in);
                }
            }
            ZipEntry custom = zip.getEntry(XLSX_CUSTOM);
            if (custom != null) {
                try (InputStream in = zip.getInputStream(custom)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return anchor(customProperty(xml, SEQ), customProperty(xml, HASH));
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<AuditChain.Anchor> fromProperties(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        return anchor(p.getProperty(SEQ), p.getProperty(HASH));
    }

    /** A custom document property's text value ({@code <property name="N" …><vt:lpwstr>V</vt:lpwstr>}). */
    private static String customProperty(String xml, String property) {
        Matcher m = Pattern.compile("name=\"" + property + "\"[^>]*>\\s*<vt:[a-z0-9]+>([^<]*)</vt:").matcher(xml);
        return m.find() ? m.group(1).trim() : null;
    }

    private static Optional<AuditChain.Anchor> anchor(String seq, String hash) {
        if (seq == null || hash == null || !seq.matches("[0-9]{1,18}") || !HEX.matcher(hash).matches()) {
            return Optional.empty();
        }
        return Optional.of(new AuditChain.Anchor(Long.parseLong(seq), hash));
    }
}
