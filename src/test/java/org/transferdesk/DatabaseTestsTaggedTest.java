package org.transferdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL run (issue 21) runs the test classes tagged {@link TestDatabase#TAG}; a database test left untagged
 * would silently run on H2 only. Every test class that reaches {@link TestDatabase#fresh()}, itself or through a
 * test helper (a fixture that calls it, or one that calls such a fixture…), carries the tag — except the TestFX
 * screen tests, which test the screens: the data behind them goes through the repositories tested on both.
 */
class DatabaseTestsTaggedTest {
    private static final Pattern TEST = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b");
    private static final Pattern SCREEN_TEST = Pattern.compile("ApplicationTest|FxRobot|ApplicationExtension");

    @Test
    void everyTestThatUsesAFreshDatabaseIsTagged() throws IOException {
        // by path: several test folders hold a class of the same simple name; a helper is known by its simple name
        Map<Path, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(f, Files.readString(f));
            }
        }
        Set<Path> reaching = new HashSet<>();
        Set<String> helpers = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Path, String> e : sources.entrySet()) {
                String name = simpleName(e.getKey());
                if (reaching.contains(e.getKey()) || List.of("TestDatabase", "PostgresTestServer").contains(name)) {
                    continue;
                }
                String src = e.getValue();
                boolean uses = src.contains("TestDatabase.fresh()")
                        || helpers.stream().anyMatch(h -> !h.equals(name)
                                && Pattern.compile("\\b" + h + "\\b").matcher(src).find());
                if (uses) {
                    reaching.add(e.getKey());
                    helpers.add(name);
                    grew = true;
                }
            }
        }
        Set<String> untagged = new TreeSet<>();
        for (Path file : reaching) {
            String src = sources.get(file);
            boolean isTest = TEST.matcher(src).find() || src.contains("abstract class");
            if (isTest && !SCREEN_TEST.matcher(src).find() && !src.contains("@Tag(TestDatabase.TAG)")) {
                untagged.add(simpleName(file));
            }
        }
        assertThat(untagged).as("database tests without @Tag(TestDatabase.TAG)").isEmpty();
        assertThat(reaching).as("the scan finds the database tests").hasSizeGreaterThan(80);
    }

    private static String simpleName(Path file) {
        return file.getFileName().toString().replace(".java", "");
    }
}
