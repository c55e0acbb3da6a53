package org.transferdesk.catalogue.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.CooperationMode;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.catalogue.export.SiteLabels.Both;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.ip.IpType;

/**
 * The public catalogue as a static website (issue 25): {@code index.html} with search and filters that run in the
 * visitor's browser on data embedded in the page, one page per result under {@code results/}, the pictures under
 * {@code images/}, one CSS and one JS file under {@code assets/}. No server code, nothing fetched from elsewhere, so
 * it works from a USB stick (file://) as from the office's web server. Every text is in Chinese and English side by
 * side; the switch (and print, which keeps the language shown) only hides one.
 *
 * <p>Written like {@link org.transferdesk.export.AtomicFile} writes a file: built in a new folder beside the target
 * and moved into place, so a failed export leaves the previous catalogue as it was. Unlike the other exports the
 * files are readable by all: a website is for a web server to serve.
 */
public final class CatalogueSite {
    /** Marks a folder as a catalogue this class wrote, which a later export may replace. */
    static final String MARKER = ".transferdesk-catalogue";
    static final String INDEX = "index.html";
    static final String RESULTS = "results";
    static final String IMAGES = "images";
    static final String CSS = "assets/catalogue.css";
    static final String JS = "assets/catalogue.js";
    /** The id of the index's JSON block the script reads. */
    static final String DATA_ID = "catalogue-data";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSite.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteLabels labels = new SiteLabels();

    private CatalogueSite() {
    }

    /**
     * Writes the site for {@code entries} into {@code folder}: a new or empty folder, or one an earlier export wrote
     * (replaced whole). Any other folder with files in it is refused, so a mistyped path never empties a folder.
     */
    public static void write(Path folder, List<CatalogueEntry> entries) {
        Path target = folder.toAbsolutePath().normalize();
        refuseForeignFolder(target);
        Path parent = target.getParent();
        Path built = null;
        Path old = null;
        try {
            Files.createDirectories(parent);
            built = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            new CatalogueSite().build(built, entries);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(built, target);
            built = null;
            LOG.info("Catalogue site written: {} result pages in {}", entries.size(), parent);
        } catch (IOException e) {
            throw error("catalogueSite.error.failed", e, target, e.getMessage());
        } finally {
            deleteTree(built);
            deleteTree(old);
        }
    }

    private static void refuseForeignFolder(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target) || !Files.exists(target.resolve(MARKER)) && hasFiles(target)) {
            throw error("catalogueSite.error.notEmpty", null, target);
        }
    }

    private static boolean hasFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Named error(…) with the key first, so the bundle consistency check finds the key. */
    private static UserFacingException error(String key, Throwable cause, Object... args) {
        return new UserFacingException(key, args, cause);
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a stray temporary folder is harmless; the export's own outcome is what matters
            LOG.warn("Could not remove the temporary folder {}", root, e);
        }
    }

    private void build(Path root, List<CatalogueEntry> entries) throws IOException {
        List<String> pages = pageNames(entries);
        Files.createDirectories(root.resolve(RESULTS));
        Files.createDirectories(root.resolve(CSS).getParent());
        copyAsset("catalogue.css", root.resolve(CSS));
        copyAsset("catalogue.js", root.resolve(JS));
        Files.writeString(root.resolve(MARKER), "TransferDesk catalogue site\n", StandardCharsets.UTF_8);
        for (int i = 0; i < entries.size(); i++) {
            CatalogueEntry e = entries.get(i);
            String page = pages.get(i);
            List<String> images = writeImages(root, page, e);
            Files.writeString(root.resolve(RESULTS).resolve(page + ".html"), resultPage(e, images),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(root.resolve(INDEX), index(entries, pages), StandardCharsets.UTF_8);
    }

    /** Each entry's page name ({@link SitePageNames}), made unique should two result numbers clean to the same. */
    static List<String> pageNames(List<CatalogueEntry> entries) {
        List<String> pages = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (CatalogueEntry e : entries) {
            String base = SitePageNames.of(e.resultNo());
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            pages.add(name);
        }
        return pages;
    }

    private static void copyAsset(String name, Path to) throws IOException {
        try (InputStream in = CatalogueSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            Files.copy(in, to);
        }
    }

    /** The entry's pictures under images/PAGE/, their paths relative to the site's root. */
    private static List<String> writeImages(Path root, String page, CatalogueEntry e) throws IOException {
        List<String> paths = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (CatalogueEntry.Image image : e.images()) {
            String name = SitePageNames.image(image.fileName());
            if (!taken.add(name)) {
                name = taken.size() + "-" + name;
                taken.add(name);
            }
            Path file = root.resolve(IMAGES).resolve(page).resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, image.bytes());
            paths.add(IMAGES + "/" + page + "/" + name);
        }
        return paths;
    }

    // ---- the pages ----

    private String head(Both title, String up) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"TransferDesk\">\n"
                + "<title>" + Html.escape(title.zh()) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + up + CSS + "\">\n</head>\n";
    }

    private String header(String up, boolean onIndex) {
        StringBuilder s = new StringBuilder("<header class=\"site\">\n<div class=\"bar\">\n");
        if (onIndex) {
            s.append("<span class=\"brand\">").append(both(labels.t("catalogueSite.title"))).append("</span>\n");
        } else {
            s.append("<a class=\"brand back\" data-internal href=\"").append(up).append(INDEX).append("\">")
                    .append(both(labels.t("catalogueSite.back"))).append("</a>\n");
        }
        s.append("<button type=\"button\" id=\"lang-switch\" class=\"lang\">")
                .append(both(labels.t("catalogueSite.switchLanguage"))).append("</button>\n</div>\n</header>\n");
        return s.toString();
    }

    private String footer(String up) {
        return "<footer class=\"site\">" + both(labels.t("catalogueSite.footer")) + "</footer>\n"
                + "<script src=\"" + up + JS + "\"></script>\n</body>\n</html>\n";
    }

    String index(List<CatalogueEntry> entries, List<String> pages) throws JsonProcessingException {
        StringBuilder s = new StringBuilder(head(labels.t("catalogueSite.title"), ""));
        s.append("<body class=\"index\">\n").append(header("", true)).append("<main>\n");
        s.append("<h1>").append(both(labels.t("catalogueSite.title"))).append("</h1>\n");
        s.append("<p class=\"intro\">").append(both(labels.t("catalogueSite.intro"))).append("</p>\n");
        s.append("<form class=\"finder\" role=\"search\" onsubmit=\"return false\">\n");
        Both prompt = labels.t("catalogueSite.searchPrompt");
        s.append("<label class=\"search\"><span class=\"label\">").append(both(labels.t("catalogueSite.search")))
                .append("</span><input type=\"search\" id=\"q\" autocomplete=\"off\"").append(texts("placeholder", prompt))
                .append(" placeholder=\"").append(Html.escape(prompt.zh())).append("\"></label>\n");
        Set<String> fields = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE));
        entries.forEach(e -> fields.add(e.field()));
        Map<String, Both> fieldOptions = new LinkedHashMap<>();
        fields.forEach(f -> fieldOptions.put(f, Both.of(f, f)));
        s.append(filter("field", labels.t("catalogueSite.field"), fieldOptions));
        s.append(filter("stage", labels.t("catalogueSite.stage"), enumOptions(DevelopmentStage.values())));
        s.append(filter("ip", labels.t("catalogueSite.ipType"), enumOptions(IpType.values())));
        s.append(filter("mode", labels.t("catalogueSite.modes"), enumOptions(CooperationMode.values())));
        s.append("</form>\n");
        s.append("<p id=\"count\" class=\"count\" aria-live=\"polite\">")
                .append(both(labels.t("catalogueSite.count", entries.size()))).append("</p>\n");
        s.append("<p id=\"none\" class=\"none\"").append(entries.isEmpty() ? ">" : " hidden>")
                .append(both(labels.t(entries.isEmpty() ? "catalogueSite.empty" : "catalogueSite.noMatch")))
                .append("</p>\n");
        s.append("<ol id=\"results\" class=\"results\">\n");
        for (int i = 0; i < entries.size(); i++) {
            s.append(card(entries.get(i), pages.get(i)));
        }
        s.append("</ol>\n</main>\n");
        s.append("<script type=\"application/json\" id=\"").append(DATA_ID).append("\">")
                .append(Html.scriptJson(JSON.writeValueAsString(data(entries, pages)))).append("</script>\n");
        s.append(footer(""));
        return s.toString();
    }

    private String card(CatalogueEntry e, String page) {
        StringBuilder s = new StringBuilder("<li class=\"card\" data-page=\"").append(Html.escape(page)).append("\">\n");
        s.append("<h2><a data-internal href=\"").append(RESULTS).append('/').append(Html.escape(page))
                .append(".html\">").append(both(Both.of(e.titleZh(), e.titleEn()))).append("</a></h2>\n");
        s.append("<p class=\"summary\">").append(both(Both.of(e.summaryZh(), e.summaryEn()))).append("</p>\n");
        s.append("<ul class=\"tags\">");
        s.append("<li class=\"tag field\">").append(Html.escape(e.field())).append("</li>");
        s.append("<li class=\"tag stage\">").append(both(labels.label(e.stage()))).append("</li>");
        for (CooperationMode m : e.modes()) {
            s.append("<li class=\"tag mode\">").append(both(labels.label(m))).append("</li>");
        }
        for (IpType t : ipTypes(e)) {
            s.append("<li class=\"tag ip\">").append(both(labels.label(t))).append("</li>");
        }
        s.append("</ul>\n</li>\n");
        return s.toString();
    }

    private static Set<IpType> ipTypes(CatalogueEntry e) {
        Set<IpType> types = new LinkedHashSet<>();
        e.ip().forEach(ip -> types.add(ip.type()));
        return types;
    }

    private <E extends Enum<E> & org.transferdesk.common.Labeled> Map<String, Both> enumOptions(E[] values) {
        Map<String, Both> options = new LinkedHashMap<>();
        for (E v : values) {
            options.put(v.name(), labels.label(v));
        }
        return options;
    }

    /** A select whose option texts the script switches with the language (an option holds no markup). */
    private String filter(String id, Both label, Map<String, Both> options) {
        StringBuilder s = new StringBuilder("<label class=\"filter\"><span class=\"label\">").append(both(label))
                .append("</span><select id=\"f-").append(id).append("\" data-filter=\"").append(id).append("\">");
        Both all = labels.t("catalogueSite.filterAll");
        s.append("<option value=\"\"").append(texts("text", all)).append('>').append(Html.escape(all.zh()))
                .append("</option>");
        options.forEach((value, text) -> s.append("<option value=\"").append(Html.escape(value)).append('"')
                .append(texts("text", text)).append('>').append(Html.escape(text.zh())).append("</option>"));
        s.append("</select></label>\n");
        return s.toString();
    }

    /** What the script filters on: per card, its search text and its filter values; and the words it writes. */
    Map<String, Object> data(List<CatalogueEntry> entries, List<String> pages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogueEntry e = entries.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("page", pages.get(i));
            row.put("text", searchText(e));
            row.put("field", e.field());
            row.put("stage", e.stage().name());
            row.put("ip", ipTypes(e).stream().map(Enum::name).toList());
            row.put("mode", e.modes().stream().map(Enum::name).toList());
            rows.add(row);
        }
        Map<String, Object> words = new LinkedHashMap<>();
        Both count = labels.t("catalogueSite.count", "{0}");
        Both title = labels.t("catalogueSite.title");
        words.put("zh", Map.of("count", count.zh(), "title", title.zh()));
        words.put("en", Map.of("count", count.en(), "title", title.en()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("words", words);
        data.put("entries", rows);
        return data;
    }

    /** What the search box looks in, in both languages, lower-case as the script compares. */
    static String searchText(CatalogueEntry e) {
        List<String> parts = new ArrayList<>(List.of(e.resultNo(), e.titleZh(), nz(e.titleEn()), e.summaryZh(),
                nz(e.summaryEn()), e.field()));
        parts.addAll(e.applicationAreas());
        e.ip().forEach(ip -> parts.add(ip.title()));
        return String.join("\n", parts).toLowerCase(java.util.Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    String resultPage(CatalogueEntry e, List<String> images) {
        Both title = Both.of(e.titleZh(), e.titleEn());
        StringBuilder s = new StringBuilder(head(title, "../"));
        s.append("<body class=\"result\">\n").append(header("../", false)).append("<main>\n<article>\n");
        s.append("<h1>").append(both(title)).append("</h1>\n");
        s.append("<p class=\"no\">").append(both(labels.t("catalogueSite.resultNo"))).append(": ")
                .append(Html.escape(e.resultNo())).append("</p>\n");
        s.append("<h2>").append(both(labels.t("catalogueSite.summary"))).append("</h2>\n");
        s.append("<p class=\"summary\">").append(both(Both.of(e.summaryZh(), e.summaryEn()))).append("</p>\n");
        s.append("<dl class=\"facts\">\n");
        fact(s, labels.t("catalogueSite.field"), Html.escape(e.field()));
        if (!e.applicationAreas().isEmpty()) {
            fact(s, labels.t("catalogueSite.areas"), Html.escape(String.join("、", e.applicationAreas())));
        }
        String stage = both(labels.label(e.stage()));
        if (e.trl() != null) {
            stage += " · " + both(labels.t("catalogueSite.trl", e.trl()));
        }
        fact(s, labels.t("catalogueSite.stage"), stage);
        fact(s, labels.t("catalogueSite.modes"), String.join(" · ",
                e.modes().stream().map(m -> both(labels.label(m))).toList()));
        if (e.terms() != null && !e.terms().isBlank()) {
            fact(s, labels.t("catalogueSite.terms"), Html.escape(e.terms()));
        }
        fact(s, labels.t("catalogueSite.published"), Html.escape(String.valueOf(e.publishedOn())));
        s.append("</dl>\n");
        if (!e.ip().isEmpty()) {
            s.append("<h2>").append(both(labels.t("catalogueSite.ip"))).append("</h2>\n<table class=\"ip\">\n<thead><tr>");
            for (String key : List.of("catalogueSite.ipType", "catalogueSite.ipNumber", "catalogueSite.ipTitle",
                    "catalogueSite.ipStatus")) {
                s.append("<th>").append(both(labels.t(key))).append("</th>");
            }
            s.append("</tr></thead>\n<tbody>\n");
            for (CatalogueEntry.PublicIp ip : e.ip()) {
                s.append("<tr><td>").append(both(labels.label(ip.type()))).append("</td><td>")
                        .append(Html.escape(ip.number())).append("</td><td>").append(Html.escape(ip.title()))
                        .append("</td><td>").append(both(labels.label(ip.status()))).append("</td></tr>\n");
            }
            s.append("</tbody>\n</table>\n");
        }
        for (int i = 0; i < images.size(); i++) {
            CatalogueEntry.Image image = e.images().get(i);
            s.append("<figure><img src=\"../").append(Html.escape(images.get(i))).append("\" alt=\"")
                    .append(Html.escape(image.caption())).append("\">");
            if (image.caption() != null && !image.caption().isBlank()) {
                s.append("<figcaption>").append(Html.escape(image.caption())).append("</figcaption>");
            }
            s.append("</figure>\n");
        }
        CatalogueEntry.Contact c = e.contact();
        if (c != null) {
            s.append("<h2>").append(both(labels.t("catalogueSite.contact"))).append("</h2>\n<dl class=\"facts contact\">\n");
            fact(s, labels.t("catalogueSite.contactName"), Html.escape(c.name()));
            if (c.phone() != null && !c.phone().isBlank()) {
                fact(s, labels.t("catalogueSite.phone"), "<a href=\"tel:" + Html.escape(c.phone().replaceAll("[^0-9+]", ""))
                        + "\">" + Html.escape(c.phone()) + "</a>");
            }
            if (c.email() != null && !c.email().isBlank()) {
                fact(s, labels.t("catalogueSite.email"), "<a href=\"mailto:" + Html.escape(c.email()) + "\">"
                        + Html.escape(c.email()) + "</a>");
            }
            s.append("</dl>\n");
        }
        s.append("</article>\n</main>\n").append(footer("../"));
        return s.toString();
    }

    private static void fact(StringBuilder s, Both label, String valueHtml) {
        s.append("<dt>").append(both(label)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /** The text in both languages, each in its own element the style sheet shows or hides; one when they agree. */
    static String both(Both text) {
        if (text.zh().equals(text.en())) {
            return Html.escape(text.zh());
        }
        return "<span class=\"zh\" lang=\"zh-CN\">" + Html.escape(text.zh()) + "</span><span class=\"en\" lang=\"en\">"
                + Html.escape(text.en()) + "</span>";
    }

    /** Attributes the script reads to put a text in the visitor's language where no markup may go. */
    private static String texts(String what, Both text) {
        return " data-" + what + "-zh=\"" + Html.escape(text.zh()) + "\" data-" + what + "-en=\""
                + Html.escape(text.en()) + "\"";
    }
}
