package org.transferdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The rule book (src/site/markdown/rules/) is where the ids the code cites are defined: a fresh clone must be
 * able to look up every {@code R-…} rule and every worked example {@code E<n>} a comment, message or test
 * names. A rule is defined by a heading that starts with its id ({@code ### R-TAX58 — …}, {@code ### E8 — …}).
 */
class RuleBookTest {
    static final Path BOOK = Path.of("src/site/markdown/rules");
    static final List<Path> CODE = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
            Path.of("src/main/resources"), Path.of("src/test/resources"));

    /**
     * A rule id starts with a word (R-NET, R-TAX58) or a two-digit article of the law (R-45-1). A trailing
     * {@code -*} or {@code -x} names a family (R-REPORT-*). Result numbers (R-2024-0001) and one-digit fixture
     * numbers are data, not citations, and do not match.
     */
    static final Pattern RULE = Pattern.compile(
            "(?<![\\w-])(R-(?:\\d{2}|[A-Z][A-Z0-9]*)(?:-[A-Z0-9]+)*)(-\\*|-x(?!\\w))?(?![\\w-])");
    /** E8, "E2-style"; not a voucher number such as PZ-E2 or a passport number such as E12345678. */
    static final Pattern EXAMPLE = Pattern.compile("(?<![\\w-])(E[1-9]\\d?)(?!\\w)");
    /** "E1–E5" cites the examples in between too. */
    static final Pattern EXAMPLE_RANGE = Pattern.compile("(?<![\\w-])E([1-9]\\d?)[–-]E([1-9]\\d?)(?!\\w)");
    static final Pattern HEADING = Pattern.compile("^#{2,6}\\s+(R-[A-Z0-9]+(?:-[A-Z0-9]+)*|E\\d+)(?![\\w-])");

    /**
     * Strings shaped like rule ids that are data, each with the reason: the format of result numbers, two
     * contract numbers of a report fixture, and rule-column values invented by the due-export tests to check
     * escaping and layout (the reminders themselves cite CONTRACT, R-PAT-FEE and R-PILOT-FLOW).
     */
    static final Set<String> NOT_RULES = Set.of("R-YYYY-NNNN", "R-TRA-1", "R-LIC-1", "R-IP-FEE",
            "R-DEAL-INSTALMENT", "R-DEAL-OBLIGATION", "R-PILOT-PUBLICITY");

    @Test
    void everyRuleTheCodeCites_hasAHeadingInTheRuleBook() {
        Set<String> book = bookIds().keySet();
        Map<String, Set<Path>> cited = citations(RULE);
        List<String> missing = new ArrayList<>();
        cited.forEach((id, where) -> {
            boolean defined = id.endsWith("-")
                    ? book.stream().anyMatch(b -> b.startsWith(id))
                    : book.contains(id) || NOT_RULES.contains(id);
            if (!defined) {
                missing.add(id + " cited in " + where);
            }
        });
        assertThat(cited).as("the scan finds the rules the code is known to cite")
                .containsKeys("R-TAX58", "R-45-1", "R-REPORT-", "R-UNIT-SPLIT");
        assertThat(missing).as("rule ids cited by the code but not defined by a heading in " + BOOK).isEmpty();
    }

    @Test
    void everyWorkedExampleTheCodeCites_hasAHeadingInTheRuleBook() {
        Set<String> book = bookIds().keySet();
        Map<String, Set<Path>> cited = exampleCitations();
        List<String> missing = new ArrayList<>();
        cited.forEach((id, where) -> {
            if (!book.contains(id)) {
                missing.add(id + " cited in " + where);
            }
        });
        assertThat(cited).as("the scan finds the examples the code is known to cite").containsKeys("E1", "E8", "E10");
        assertThat(missing).as("worked examples cited by the code but not defined in " + BOOK).isEmpty();
    }

    @Test
    void theIndexListsEveryIdTheAreaPagesDefine_andEachIdIsDefinedOnce() {
        Map<String, List<Path>> defined = bookIds();
        Map<String, List<Path>> twice = new TreeMap<>(defined);
        twice.values().removeIf(files -> files.size() < 2);
        assertThat(twice).as("ids with more than one heading").isEmpty();

        String index = read(BOOK.resolve("index.md")).orElseThrow();
        List<String> unlisted = defined.keySet().stream()
                .filter(id -> !Pattern.compile("\\[" + Pattern.quote(id) + "]").matcher(index).find()).toList();
        assertThat(unlisted).as("ids defined in the rule book but not linked from its index").isEmpty();
    }

    @Test
    void everyRuleSection_namesItsSourceAndWhatChecksIt() {
        List<String> incomplete = new ArrayList<>();
        for (Path page : pages()) {
            String text = read(page).orElseThrow();
            String[] sections = text.split("(?m)^(?=#{2,6}\\s)");
            for (String section : sections) {
                Matcher m = HEADING.matcher(section);
                if (m.find() && m.group(1).startsWith("R-")
                        && !(section.contains("**Source:**") && section.contains("**Checked by:**"))) {
                    incomplete.add(m.group(1) + " in " + page.getFileName());
                }
            }
        }
        assertThat(incomplete).as("rule sections without a **Source:** or a **Checked by:** line").isEmpty();
    }

    @Test
    void theDataThatLooksLikeRuleIds_isStillThere() {
        // Keeps NOT_RULES from growing stale: an entry that no code holds any more must be removed from it.
        assertThat(citations(RULE).keySet()).containsAll(NOT_RULES);
    }

    /** Not a failure: rules the book defines that no code names (yet) — candidates for a test or a comment. */
    @Test
    void listsTheRulesNoCodeCites(TestReporter reporter) {
        Set<String> cited = new TreeSet<>(citations(RULE).keySet());
        cited.addAll(exampleCitations().keySet());
        Set<String> uncited = new TreeSet<>(bookIds().keySet());
        uncited.removeIf(id -> cited.contains(id) || cited.stream().anyMatch(c -> c.endsWith("-") && id.startsWith(c)));
        String list = uncited.isEmpty() ? "none" : String.join(", ", uncited);
        reporter.publishEntry("rule-book ids no code cites", list);
        // TestReporter entries are not in surefire's reports; the console line is where a reader sees them.
        System.out.println("RuleBookTest: rule-book ids no code cites: " + list);
        assertThat(bookIds()).isNotEmpty();
    }

    /** Each id defined by a heading of the rule book, with the pages that define it. */
    static Map<String, List<Path>> bookIds() {
        Map<String, List<Path>> ids = new TreeMap<>();
        for (Path page : pages()) {
            for (String line : read(page).orElseThrow().split("\n")) {
                Matcher m = HEADING.matcher(line);
                if (m.find()) {
                    ids.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(page);
                }
            }
        }
        return ids;
    }

    /** The ids the pattern finds in the code; a family (R-REPORT-*) is returned as its prefix, R-REPORT-. */
    static Map<String, Set<Path>> citations(Pattern pattern) {
        Map<String, Set<Path>> found = new TreeMap<>();
        for (Path root : CODE) {
            for (Path file : files(root)) {
                read(file).ifPresent(text -> {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        String id = m.groupCount() > 1 && m.group(2) != null ? m.group(1) + "-" : m.group(1);
                        found.computeIfAbsent(id, k -> new TreeSet<>()).add(file.getFileName());
                    }
                });
            }
        }
        return found;
    }

    static Map<String, Set<Path>> exampleCitations() {
        Map<String, Set<Path>> found = citations(EXAMPLE);
        for (Path root : CODE) {
            for (Path file : files(root)) {
                read(file).ifPresent(text -> {
                    Matcher m = EXAMPLE_RANGE.matcher(text);
                    while (m.find()) {
                        for (int n = Integer.parseInt(m.group(1)); n <= Integer.parseInt(m.group(2)); n++) {
                            found.computeIfAbsent("E" + n, k -> new TreeSet<>()).add(file.getFileName());
                        }
                    }
                });
            }
        }
        return found;
    }

    static List<Path> pages() {
        List<Path> pages = files(BOOK).stream().filter(p -> p.toString().endsWith(".md")).toList();
        assertThat(pages).as("the rule book's pages under " + BOOK).isNotEmpty();
        return pages;
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as UTF-8 text; empty for a binary file (icons, fonts, workbooks), which cites nothing. */
    private static Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException binary) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
