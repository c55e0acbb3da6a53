package org.transferdesk.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The mapping profiles of a data folder ({@code mappings/NAME.json}): a profile is named by its name ("月度台账") or
 * given as a path to a .json file anywhere, so an office can keep its profile next to its scripts.
 */
public final class MappingProfiles {
    private static final String SUFFIX = ".json";

    private final Path folder;

    public MappingProfiles(Path folder) {
        this.folder = folder;
    }

    /** The file a profile argument means: a path ending in .json or containing a separator as given, else NAME.json here. */
    public Path resolve(String profile) {
        String p = profile.strip();
        if (p.toLowerCase(Locale.ROOT).endsWith(SUFFIX) || p.contains("/") || p.contains("\\")) {
            return Path.of(p);
        }
        return folder.resolve(p + SUFFIX);
    }

    /** Reads a profile; a missing file is an import error naming it, like any other problem with the source. */
    public ImportMapping read(String profile) {
        Path file = resolve(profile);
        if (!Files.isRegularFile(file)) {
            throw new ImportFailedException(List.of(new ImportError("", 0, "", "ledger.mapping.notFound",
                    file.toAbsolutePath().toString())));
        }
        return ImportMapping.read(file);
    }

    public Path write(String profile, ImportMapping mapping) throws IOException {
        Path file = resolve(profile);
        mapping.write(file);
        return file;
    }

    /** Of {@code names} (from {@link #names}), the profile written last (the one this office used last), if any. */
    public java.util.Optional<String> newest(List<String> names) {
        return names.stream().max(java.util.Comparator.comparing(n -> {
            try {
                return Files.getLastModifiedTime(folder.resolve(n + SUFFIX));
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }));
    }

    /** The names of the profiles in the folder, sorted. */
    public List<String> names() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
