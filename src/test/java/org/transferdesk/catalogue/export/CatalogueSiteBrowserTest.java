package org.transferdesk.catalogue.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue website in a real browser (issue 25): Debian's Chromium driven by playwright-core
 * (src/test/browser/catalogue-site.mjs) opens the site from file://, searches, filters, opens a result and switches
 * to English; it saves screenshots to target/. Skipped with a message when Chromium, node or the script's
 * node_modules ({@code npm ci --prefix src/test/browser}) are missing, unless {@code TRANSFERDESK_REQUIRE_BROWSER=1}
 * (CI), where that fails the build.
 */
@Tag(CatalogueSiteBrowserTest.TAG)
class CatalogueSiteBrowserTest {
    static final String TAG = "browser";
    private static final Path SCRIPT_DIR = Path.of("src/test/browser");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TRANSFERDESK_CHROMIUM",
            "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of("target/catalogue-site");

    @TempDir
    Path tmp;

    @Test
    void searchFilterOpenAndSwitchToEnglish_inChromium() throws IOException, InterruptedException {
        String node = requireBrowser();
        Path site = tmp.resolve("站点 site");
        CatalogueSite.write(site, CatalogueCorpus.entries());
        Files.createDirectories(SHOTS);

        JsonNode seen = run(node, site);

        assertThat(seen.get("errors")).as("script errors and alerts").isEmpty();
        assertThat(texts(seen.get("initial"))).hasSize(5);
        assertThat(seen.get("initialCount").asText()).isEqualTo("共 5 项成果");
        assertThat(texts(seen.get("search"))).as("锂电池").containsExactly("CG-2024-001", "CG-2022-030");
        assertThat(seen.get("searchCount").asText()).isEqualTo("共 2 项成果");
        assertThat(texts(seen.get("filtered"))).as("锂电池, 中试").containsExactly("CG-2024-001");
        assertThat(texts(seen.get("filterOnly"))).as("中试").containsExactly("CG-2024-001");
        assertThat(texts(seen.get("nothing"))).isEmpty();
        assertThat(seen.get("nothingShown").asBoolean()).isTrue();
        assertThat(seen.get("resultUrl").asText()).endsWith("/results/CG-2024-001.html");
        assertThat(seen.get("resultHeading").asText()).isEqualTo("硅碳负极材料及其制备方法");
        assertThat(seen.get("resultTitle").asText()).isEqualTo("硅碳负极材料及其制备方法");
        assertThat(seen.get("englishHeading").asText()).isEqualTo("Silicon–carbon anode material and its preparation");
        assertThat(seen.get("englishTitle").asText()).isEqualTo("Silicon–carbon anode material and its preparation");
        assertThat(seen.get("englishLang").asText()).isEqualTo("en");
        assertThat(seen.get("englishIndexCount").asText()).isEqualTo("Results: 5");
        assertThat(seen.get("englishPlaceholder").asText()).isEqualTo("Type a keyword, e.g. battery, sensor");
        assertThat(texts(seen.get("englishSearch"))).containsExactly("CG-2024-002");
        assertThat(seen.get("mobileScrollWidth").asInt()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        assertThat(seen.get("scriptTitle").asText()).isEqualTo(CatalogueCorpus.HOSTILE_TITLE);
        assertThat(SHOTS.resolve("catalogue-site.png")).isNotEmptyFile();
        assertThat(SHOTS.resolve("catalogue-site-mobile.png")).isNotEmptyFile();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static JsonNode run(String node, Path site) throws IOException, InterruptedException {
        Path log = Files.createTempFile("catalogue-browser", ".log");
        Process p = new ProcessBuilder(node, "catalogue-site.mjs", site.toAbsolutePath().toString(),
                SHOTS.toAbsolutePath().toString(), CHROMIUM.toString())
                .directory(SCRIPT_DIR.toFile()).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        boolean ended = p.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String errors = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertThat(ended && p.exitValue() == 0).as("node catalogue-site.mjs:\n%s\n%s", stdout, errors).isTrue();
        return new ObjectMapper().readTree(stdout);
    }

    /** The node executable, or the test is skipped (failed when the browser test is required). */
    private static String requireBrowser() {
        String node = onPath("node");
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (node == null) {
            missing.add("node (apt-get install nodejs npm)");
        }
        if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
            missing.add("playwright-core (npm ci --prefix src/test/browser)");
        }
        if (!missing.isEmpty()) {
            if ("1".equals(System.getenv("TRANSFERDESK_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("TRANSFERDESK_REQUIRE_BROWSER=1 but missing: " + missing);
            }
            System.err.println("*** Catalogue browser test SKIPPED: missing " + String.join(", ", missing));
            Assumptions.abort("missing " + missing);
        }
        return node;
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
