package org.transferdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.ui.help.HelpBook;
import org.transferdesk.ui.help.HelpLinks;
import org.transferdesk.ui.help.HelpTarget;

/**
 * The help window's book as the jar ships it (help/markdown on the class path): every rule the code cites has a
 * paragraph the window can scroll to, the guide's and the rule book's links land on a page and an anchor the book
 * has, and every screenshot they show is in the jar.
 */
class HelpBookTest {
    private static HelpBook book;

    @BeforeAll
    static void load() {
        book = HelpBook.load();
    }

    @Test
    void theGuideAndEveryRuleBookPageAreInTheJar() {
        List<String> paths = book.pages().stream().map(HelpBook.Page::path).toList();
        assertThat(paths).contains(HelpBook.GUIDE, HelpBook.RULES, "rules/rewards.md", "rules/tax.md",
                "rules/examples.md", "rules/pilot.md", "rules/report.md");
        assertThat(book.page("rules/tax.md").orElseThrow().title()).startsWith("Tax");
    }

    @Test
    void everyRuleTheCodeCites_opensAtItsParagraph() {
        List<String> missing = new ArrayList<>();
        RuleBookTest.citations(RuleBookTest.RULE).keySet().stream()
                .filter(id -> !id.endsWith("-") && !RuleBookTest.NOT_RULES.contains(id))
                .forEach(id -> {
                    Optional<HelpTarget> target = book.rule(id);
                    if (target.isEmpty() || !book.has(target.get()) || target.get().anchor().isEmpty()) {
                        missing.add(id + " → " + target);
                    }
                });
        assertThat(missing).as("rule ids the code cites that the help cannot open at a paragraph").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"R-NET, rules/rewards.md", "R-TAX58, rules/tax.md", "R-45-1, rules/rewards.md",
            "R-PILOT-FLOW, rules/pilot.md", "E1, rules/examples.md"})
    void aRuleOpensOnThePageThatDefinesIt(String id, String page) {
        HelpTarget target = book.rule(id).orElseThrow();
        assertThat(target.page()).isEqualTo(page);
        assertThat(book.page(page).orElseThrow().sections())
                .anyMatch(s -> s.anchor().equals(target.anchor()) && s.title().startsWith(id + " "));
    }

    @Test
    void linksOfTheGuideAndTheRuleBook_landOnAPageAndAnAnchorTheBookHas() {
        List<String> broken = new ArrayList<>();
        for (HelpBook.Page page : book.pages()) {
            if (!page.path().equals(HelpBook.GUIDE) && !page.path().startsWith("rules/")) {
                continue;
            }
            for (String href : HelpBook.links(page)) {
                HelpBook.resolve(page.path(), href).filter(t -> t.page().endsWith(".md"))
                        .filter(t -> !book.has(t)).ifPresent(t -> broken.add(page.path() + ": " + href));
            }
        }
        assertThat(broken).isEmpty();
        assertThat(HelpBook.links(book.page(HelpBook.GUIDE).orElseThrow())).contains("rules/index.md");
    }

    @Test
    void everyScreenshotTheGuideShows_isInTheJar() {
        List<String> images = new ArrayList<>();
        book.page(HelpBook.GUIDE).orElseThrow().document().accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image.getDestination());
            }
        });
        assertThat(images).contains("../resources/screenshots/first-run.png", "../resources/screenshots/help-window.png");
        assertThat(images).allSatisfy(src -> assertThat(HelpBook.imageResource(HelpBook.GUIDE, src)
                .map(HelpBook.class.getClassLoader()::getResource)).as(src).isPresent());
        assertThat(HelpBook.imageResource(HelpBook.GUIDE, "../resources/screenshots/due.png"))
                .contains("help/resources/screenshots/due.png");
    }

    @ParameterizedTest
    @CsvSource({"user-guide.md, rules/tax.md#r-tax58, rules/tax.md, r-tax58",
            "rules/index.md, rewards.md#r-net, rules/rewards.md, r-net",
            "rules/tax.md, #r-tax58-filing, rules/tax.md, r-tax58-filing",
            "rules/tax.md, ../user-guide.md, user-guide.md, ''"})
    void relativeLinksResolveFromThePage(String from, String href, String page, String anchor) {
        assertThat(HelpBook.resolve(from, href)).contains(new HelpTarget(page, anchor));
    }

    /** The "?" buttons: the screens' FXML name a topic, the code names a HelpLinks constant; each is a guide anchor. */
    @Test
    void everyHelpButtonsTopic_isASectionOfTheGuide() throws java.io.IOException {
        List<String> topics = new ArrayList<>(List.of(HelpLinks.REWARDS, HelpLinks.REPORT, HelpLinks.FEE_PLAN,
                HelpLinks.PILOT, HelpLinks.OFFICE_RULES, HelpLinks.FIRST_RUN));
        java.util.regex.Pattern topic = java.util.regex.Pattern.compile("<HelpButton topic=\"([^\"]+)\"");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src/main/resources"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                java.util.regex.Matcher m = topic.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    topics.add(m.group(1));
                }
            }
        }
        assertThat(topics).contains("help-report", "help-fee-plan", "help-pilot");
        assertThat(topics).allSatisfy(t -> assertThat(book.has(HelpTarget.guide(t))).as(t).isTrue());
    }

    @Test
    void webLinksAreNotPagesOfTheBook() {
        assertThat(HelpBook.resolve(HelpBook.GUIDE, "https://example.org/a.md")).isEmpty();
    }
}
