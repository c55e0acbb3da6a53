package org.transferdesk.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.transferdesk.common.Labeled;

/**
 * An office's answers to the import's questions (issue 17, DOMAIN §9), kept as a readable JSON <em>mapping
 * profile</em> so the next import of the same ledger asks nothing: which worksheet is which sheet, which header is
 * which column (or is ignored), what each unknown value means, whether bare fractions under a percentage column are
 * fractions of one, whether 完成人 without shares are equal shares, who a name shared by two people is, and who the
 * key contributors of a result are. Keys are as the clerk's file writes them (a header without its spaces and line
 * breaks); targets are the format's English aliases and the values' constant names, so a profile reads the same
 * whatever the screen language. Immutable; {@code with…} give changed copies.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "sheets", "columns", "values", "fractions", "equalShares", "people", "keyContributors"})
public record ImportMapping(String format, Map<String, String> sheets, Map<String, Map<String, String>> columns,
                            Map<String, Map<String, String>> values, Map<String, String> fractions, Boolean equalShares,
                            Map<String, String> people, Map<String, Set<String>> keyContributors) {
    /** The {@code format} of the files this version writes and reads. */
    public static final String FORMAT = "transferdesk-import-mapping/1";
    /** Under {@code fractions}: 0.2 means 20%. */
    public static final String FRACTION = "fraction";
    /** Under {@code fractions}: 0.2 means 0.2%. */
    public static final String PERCENT = "percent";
    /** A sheet or column mapped to this is left out on purpose (confirmed, so no longer a question). */
    public static final String IGNORE = "";

    public static final ImportMapping NONE = new ImportMapping(FORMAT, Map.of(), Map.of(), Map.of(), Map.of(), null,
            Map.of(), Map.of());

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ImportMapping {
        format = format == null ? FORMAT : format;
        sheets = sorted(sheets);
        columns = sortedNested(columns);
        values = sortedNested(values);
        fractions = sorted(fractions);
        people = sorted(people);
        keyContributors = keyContributors == null ? Map.of() : copySets(keyContributors);
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static Map<String, Map<String, String>> sortedNested(Map<String, Map<String, String>> map) {
        TreeMap<String, Map<String, String>> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> copy.put(k, sorted(v)));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<String, Set<String>> copySets(Map<String, Set<String>> map) {
        TreeMap<String, Set<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableSet(new TreeSet<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A header as a profile keys it: without spaces, line breaks (Alt+Enter) and no-break spaces. */
    public static String headerKey(String header) {
        return LedgerColumn.compact(header);
    }

    /** {@code contracts.mode}: how values, fractions are keyed. */
    public static String columnKey(LedgerSheet sheet, LedgerColumn column) {
        return sheet.alias() + "." + column.alias();
    }

    // ---- lookups used while reading ----

    /** The sheet alias a worksheet is mapped to ({@link #IGNORE}: left out); empty when the profile does not say. */
    Optional<String> sheetFor(String worksheet) {
        return Optional.ofNullable(sheets.get(worksheet == null ? "" : worksheet.strip()));
    }

    Optional<String> columnFor(LedgerSheet sheet, String header) {
        return Optional.ofNullable(columns.getOrDefault(sheet.alias(), Map.of()).get(headerKey(header)));
    }

    Optional<String> valueFor(LedgerSheet sheet, LedgerColumn column, String text) {
        return Optional.ofNullable(values.getOrDefault(columnKey(sheet, column), Map.of()).get(text.strip()));
    }

    Optional<String> fractionsIn(LedgerSheet sheet, LedgerColumn column) {
        return Optional.ofNullable(fractions.get(columnKey(sheet, column)));
    }

    boolean equalSharesConfirmed() {
        return Boolean.TRUE.equals(equalShares);
    }

    // ---- changed copies (the wizard's edits, the confirmed guesses) ----

    public ImportMapping withSheet(String worksheet, LedgerSheet sheet) {
        Map<String, String> m = new TreeMap<>(sheets);
        m.put(worksheet.strip(), sheet == null ? IGNORE : sheet.alias());
        return new ImportMapping(format, m, columns, values, fractions, equalShares, people, keyContributors);
    }

    public ImportMapping withColumn(LedgerSheet sheet, String header, LedgerColumn column) {
        Map<String, Map<String, String>> m = new TreeMap<>(columns);
        Map<String, String> inSheet = new TreeMap<>(m.getOrDefault(sheet.alias(), Map.of()));
        inSheet.put(headerKey(header), column == null ? IGNORE : column.alias());
        m.put(sheet.alias(), inSheet);
        return new ImportMapping(format, sheets, m, values, fractions, equalShares, people, keyContributors);
    }

    /** {@code constant} null removes the answer (the value becomes a question again). */
    public ImportMapping withValue(LedgerSheet sheet, LedgerColumn column, String text, String constant) {
        Map<String, Map<String, String>> m = new TreeMap<>(values);
        Map<String, String> inColumn = new TreeMap<>(m.getOrDefault(columnKey(sheet, column), Map.of()));
        if (constant == null) {
            inColumn.remove(text.strip());
        } else {
            inColumn.put(text.strip(), constant);
        }
        m.put(columnKey(sheet, column), inColumn);
        return new ImportMapping(format, sheets, columns, m, fractions, equalShares, people, keyContributors);
    }

    /** {@code answer}: {@link #FRACTION}, {@link #PERCENT}, or null for no answer. */
    public ImportMapping withFractions(LedgerSheet sheet, LedgerColumn column, String answer) {
        Map<String, String> m = new TreeMap<>(fractions);
        if (answer == null) {
            m.remove(columnKey(sheet, column));
        } else {
            m.put(columnKey(sheet, column), answer);
        }
        return new ImportMapping(format, sheets, columns, values, m, equalShares, people, keyContributors);
    }

    public ImportMapping withEqualShares(boolean confirmed) {
        return new ImportMapping(format, sheets, columns, values, fractions, confirmed ? Boolean.TRUE : null, people,
                keyContributors);
    }

    /** The person a 完成人 name means (a staff number); null removes the answer. */
    public ImportMapping withPerson(String name, String staffNo) {
        Map<String, String> m = new TreeMap<>(people);
        if (staffNo == null) {
            m.remove(name);
        } else {
            m.put(name, staffNo);
        }
        return new ImportMapping(format, sheets, columns, values, fractions, equalShares, m, keyContributors);
    }

    /** The key contributors of a result, as its 完成人 cell names them. */
    public ImportMapping withKeyContributors(String resultNo, Set<String> inventors) {
        Map<String, Set<String>> m = new TreeMap<>(keyContributors);
        if (inventors == null || inventors.isEmpty()) {
            m.remove(resultNo);
        } else {
            m.put(resultNo, inventors);
        }
        return new ImportMapping(format, sheets, columns, values, fractions, equalShares, people, m);
    }

    // ---- the file ----

    /**
     * Reads a profile; a file that is no profile, or names a sheet, column or value this version does not know, is
     * refused with every problem listed (as import errors of the file), never half applied.
     */
    public static ImportMapping read(Path file) {
        ImportMapping m;
        try {
            m = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), ImportMapping.class);
        } catch (IOException e) {
            throw new ImportFailedException(List.of(new ImportError(file.getFileName().toString(), 0, "",
                    "ledger.mapping.unreadable", file.toString())));
        }
        List<ImportError> problems = m.problems(file.getFileName().toString());
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return m;
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What in this profile the format does not know, each with the file's name as its place. */
    List<ImportError> problems(String fileName) {
        List<ImportError> out = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            out.add(new ImportError(fileName, 0, "", "ledger.mapping.format", format, FORMAT));
        }
        sheets.forEach((worksheet, alias) -> {
            if (!IGNORE.equals(alias) && sheetOf(alias) == null) {
                out.add(new ImportError(fileName, 0, "sheets", "ledger.mapping.unknownSheet", worksheet, alias));
            }
        });
        columns.forEach((sheetAlias, map) -> {
            LedgerSheet sheet = sheetOf(sheetAlias);
            if (sheet == null) {
                out.add(new ImportError(fileName, 0, "columns", "ledger.mapping.unknownSheet", sheetAlias, sheetAlias));
                return;
            }
            map.forEach((header, alias) -> {
                if (!IGNORE.equals(alias) && columnOf(sheet, alias) == null) {
                    out.add(new ImportError(fileName, 0, "columns", "ledger.mapping.unknownColumn", header, alias));
                }
            });
        });
        values.forEach((key, map) -> {
            Class<? extends Enum<?>> type = typeOf(key);
            if (type == null) {
                out.add(new ImportError(fileName, 0, "values", "ledger.mapping.noValues", key));
                return;
            }
            map.forEach((text, constant) -> {
                if (java.util.Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(constant))) {
                    out.add(new ImportError(fileName, 0, "values", "ledger.mapping.unknownValue", key, text, constant));
                }
            });
        });
        fractions.forEach((key, answer) -> {
            if (!FRACTION.equals(answer) && !PERCENT.equals(answer)) {
                out.add(new ImportError(fileName, 0, "fractions", "ledger.mapping.fractionAnswer", key, answer));
            }
        });
        return out;
    }

    /** The sheet with this alias, or null. */
    public static LedgerSheet sheetOf(String alias) {
        return java.util.Arrays.stream(LedgerSheet.values()).filter(s -> s.alias().equals(alias)).findFirst()
                .orElse(null);
    }

    /** The column of a sheet with this alias, or null. */
    public static LedgerColumn columnOf(LedgerSheet sheet, String alias) {
        return sheet.columns().stream().filter(c -> c.alias().equals(alias)).findFirst().orElse(null);
    }

    /** The type of the values a {@code sheet.column} key holds; null for columns without a list of values. */
    static Class<? extends Enum<?>> typeOf(String key) {
        int dot = key.indexOf('.');
        LedgerSheet sheet = dot < 0 ? null : sheetOf(key.substring(0, dot));
        LedgerColumn column = sheet == null ? null : columnOf(sheet, key.substring(dot + 1));
        return column == null ? null : ValueColumns.typeOf(sheet, column);
    }

    static <E extends Enum<E> & Labeled> E constant(Class<E> type, String name) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
