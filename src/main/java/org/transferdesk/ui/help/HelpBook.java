package org.transferdesk.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The user guide and the rule book as the jar ships them (under {@code help/markdown/}, copied from
 * src/site/markdown by the build): the pages reachable by links from the guide and the rule book's index, parsed,
 * with the anchors each page defines. Plain Java, so it loads off the UI thread and is tested without the toolkit.
 */
public final class HelpBook {
    /** Where the build puts the Markdown; screenshots sit at {@code help/resources/screenshots}, as in the site. */
    static final String ROOT = "help/markdown/";
    public static final String GUIDE = "user-guide.md";
    public static final String RULES = "rules/index.md";
    /** {@code <a id="r-net"></a>}: the anchors the guide and the rule book set by hand. */
    private static final Pattern HTML_ID = Pattern.compile("<a\\s+id=\"([^\"]+)\"");
    /** A heading that defines a rule or a worked example starts with its id, as RuleBookTest reads it. */
    private static final Pattern RULE_HEADING = Pattern.compile("^(R-[A-Z0-9]+(?:-[A-Z0-9]+)*|E\\d+)(?![\\w-])");

    /** One heading, for the contents list. */
    public record Section(int level, String title, String anchor) {
    }

    /** One parsed page: its path under the root, its title, its sections and every anchor it defines. */
    public record Page(String path, String title, Node document, List<Section> sections, Set<String> anchors) {
    }

    private final Map<String, Page> pages;
    private final Map<String, HelpTarget> ids;

    private HelpBook(Map<String, Page> pages, Map<String, HelpTarget> ids) {
        this.pages = pages;
        this.ids = ids;
    }

    /** Reads the guide, the rule book and every page they link to from the class path. */
    public static HelpBook load() {
        return load(path -> {
            try (InputStream in = HelpBook.class.getClassLoader().getResourceAsStream(ROOT + path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Source of the pages' text by path (tests give files). */
    @FunctionalInterface
    public interface Source {
        Optional<String> read(String path);
    }

    public static HelpBook load(Source source) {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, HelpTarget> ids = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(GUIDE, RULES));
        while (!todo.isEmpty()) {
            String path = todo.removeFirst();
            if (pages.containsKey(path)) {
                continue;
            }
            Optional<String> text = source.read(path);
            if (text.isEmpty()) {
                continue;
            }
            Page page = parse(path, parser.parse(text.get()), ids);
            pages.put(path, page);
            links(page).stream().map(href -> resolve(path, href))
                    .flatMap(Optional::stream).map(HelpTarget::page).filter(p -> p.endsWith(".md"))
                    .forEach(todo::addLast);
        }
        return new HelpBook(pages, ids);
    }

    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public Optional<Page> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** Where a rule ({@code R-NET}) or a worked example ({@code E1}) is defined, if the book defines it. */
    public Optional<HelpTarget> rule(String id) {
        return Optional.ofNullable(ids.get(id));
    }

    /** True when the target's page is in the book and defines its anchor (or the target is a whole page). */
    public boolean has(HelpTarget target) {
        Page page = pages.get(target.page());
        return page != null && (target.anchor().isEmpty() || page.anchors().contains(target.anchor()));
    }

    /**
     * A link's target seen from a page: {@code rules/tax.md#r-tax58} from the guide is {@code rules/tax.md},
     * {@code #r-net} stays on the page; web and mail links are empty (the window hands them to the system).
     */
    public static Optional<HelpTarget> resolve(String fromPage, String href) {
        if (href == null || href.isBlank() || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String anchor = hash < 0 ? "" : href.substring(hash + 1);
        if (file.isEmpty()) {
            return Optional.of(new HelpTarget(fromPage, anchor));
        }
        try {
            URI base = new URI("book", "x", "/" + fromPage, null);
            String path = base.resolve(new URI(null, null, file, null)).getPath();
            return Optional.of(new HelpTarget(path.startsWith("/") ? path.substring(1) : path, anchor));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The class-path name of a picture a page shows: the site keeps screenshots beside the Markdown folder
     * ({@code ../resources/screenshots/x.png}), and so does the jar, under {@code help/}.
     */
    public static Optional<String> imageResource(String pagePath, String destination) {
        return resolve("markdown/" + pagePath, destination).map(HelpTarget::page)
                .filter(p -> !p.startsWith("..")).map(p -> "help/" + p);
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens (Chinese kept). */
    static String slug(String heading) {
        StringBuilder b = new StringBuilder();
        heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.appendCodePoint(c);
            } else if (c == ' ') {
                b.append('-');
            }
        });
        return b.toString();
    }

    /** The text of a node and its children, as shown. */
    static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }
        });
        return b.toString();
    }

    /** The id an {@code <a id="…">} sets, if the HTML is one. */
    static Optional<String> htmlId(String html) {
        Matcher m = HTML_ID.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Page parse(String path, Node document, Map<String, HelpTarget> ids) {
        List<Section> sections = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> slugs = new HashMap<>();
        String[] title = {path};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = text(heading);
                String anchor = uniqueSlug(text, slugs);
                anchors.add(anchor);
                Matcher rule = RULE_HEADING.matcher(text);
                if (rule.find()) {
                    ids.putIfAbsent(rule.group(1), new HelpTarget(path, anchor));
                }
                if (heading.getLevel() == 1 && title[0].equals(path)) {
                    title[0] = text;
                }
                sections.add(new Section(heading.getLevel(), text, anchor));
            }

            @Override
            public void visit(HtmlBlock html) {
                htmlId(html.getLiteral()).ifPresent(anchors::add);
            }

            @Override
            public void visit(HtmlInline html) {
                htmlId(html.getLiteral()).ifPresent(anchors::add);
            }
        });
        return new Page(path, title[0], document, List.copyOf(sections), Set.copyOf(anchors));
    }

    /** The renderer numbers repeated headings the same way, so both call this in document order. */
    static String uniqueSlug(String heading, Map<String, Integer> seen) {
        String slug = slug(heading);
        int n = seen.merge(slug, 1, Integer::sum);
        return n == 1 ? slug : slug + "-" + (n - 1);
    }

    /** The destinations of a page's links, as written. */
    public static List<String> links(Page page) {
        List<String> hrefs = new ArrayList<>();
        page.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                hrefs.add(link.getDestination());
                visitChildren(link);
            }
        });
        return hrefs;
    }
}
