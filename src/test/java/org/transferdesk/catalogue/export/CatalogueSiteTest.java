package org.transferdesk.catalogue.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.common.UserFacingException;

class CatalogueSiteTest {
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"catalogue-data\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path tmp;

    private Path written() {
        Path site = tmp.resolve("site");
        CatalogueSite.write(site, CatalogueCorpus.entries());
        return site;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesAnIndex_aPagePerResult_thePictures_oneStyleSheetAndOneScript() throws IOException {
        Path site = written();

        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("assets/catalogue.css")).isRegularFile();
        assertThat(site.resolve("assets/catalogue.js")).isRegularFile();
        try (Stream<Path> pages = Files.list(site.resolve("results"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).toList()).hasSize(5)
                    .contains("CG-2024-001.html", "CG-2022-030.html", SitePageNames.of(CatalogueCorpus.HOSTILE_NO) + ".html");
        }
        assertThat(site.resolve("images/CG-2024-001/anode.png")).hasBinaryContent(
                CatalogueCorpus.entries().get(0).images().get(0).bytes());
        String page = read(site.resolve("results/CG-2024-001.html"));
        assertThat(page).contains("src=\"../images/CG-2024-001/anode.png\"", "href=\"../assets/catalogue.css\"",
                "src=\"../assets/catalogue.js\"", "硅碳负极材料及其制备方法", "ZL202310000001.X", "王敏",
                "wangmin@example.edu.cn", "tel:02787654321");
        assertThat(read(site.resolve("index.html"))).contains("href=\"results/CG-2024-001.html\"")
                .doesNotContain("http://", "https://");
    }

    @Test
    void aTitleWithMarkupAndAnAmpersand_isShownAsText_onTheIndex_itsPage_andInTheData() throws IOException {
        Path site = written();
        String index = read(site.resolve("index.html"));
        String page = read(site.resolve("results").resolve(SitePageNames.of(CatalogueCorpus.HOSTILE_NO) + ".html"));

        String escaped = "工业排产&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 优化软件";
        assertThat(index).contains(escaped, "Production scheduling &lt;b&gt;software&lt;/b&gt; &amp; co")
                .doesNotContain("<script>alert", "<b>software");
        assertThat(page).contains(escaped, "<title>" + escaped + "</title>").doesNotContain("<script>alert");
        Matcher data = DATA.matcher(index);
        assertThat(data.find()).isTrue();
        assertThat(data.group(1)).doesNotContain("<", ">", "&");
    }

    @Test
    void theEmbeddedData_holdsEachCardsSearchTextAndFilterValues_inTheCardsOrder() throws IOException {
        Matcher data = DATA.matcher(read(written().resolve("index.html")));
        assertThat(data.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(data.group(1));

        JsonNode entries = json.get("entries");
        assertThat(entries).hasSize(5);
        JsonNode anode = entries.get(0);
        assertThat(anode.get("page").asText()).isEqualTo("CG-2024-001");
        assertThat(anode.get("field").asText()).isEqualTo("新能源");
        assertThat(anode.get("stage").asText()).isEqualTo("PILOT");
        assertThat(anode.get("ip").toString()).isEqualTo("[\"INVENTION_PATENT\"]");
        assertThat(anode.get("mode").toString()).isEqualTo("[\"LICENSE\",\"TRANSFER\"]");
        assertThat(anode.get("text").asText()).contains("硅碳负极", "silicon–carbon anode", "锂电池", "储能",
                "一种硅碳复合负极材料的制备方法");
        assertThat(entries.get(3).get("text").asText()).contains(CatalogueCorpus.HOSTILE_TITLE.toLowerCase());
        assertThat(json.at("/words/zh/count").asText()).isEqualTo("共 {0} 项成果");
        assertThat(json.at("/words/en/count").asText()).isEqualTo("Results: {0}");
    }

    @Test
    void everyLabelIsThereInBothLanguages_andTheScriptAndStyleHoldNoWords() throws IOException {
        Path site = written();
        String index = read(site.resolve("index.html"));

        assertThat(index).contains("<span class=\"zh\" lang=\"zh-CN\">科技成果目录</span>"
                        + "<span class=\"en\" lang=\"en\">Catalogue of Available Technologies</span>",
                "data-placeholder-en=\"Type a keyword, e.g. battery, sensor\"", "data-text-en=\"Pilot\"",
                "data-text-zh=\"中试\"", ">作价投资<", ">Equity investment<");
        // no English title: the English page shows the Chinese one
        assertThat(read(site.resolve("results/CG-2023-017.html"))).contains("<h1>玉米抗旱新品种“豫丰9号”</h1>");
        assertThat(read(site.resolve("assets/catalogue.js"))).doesNotContainPattern(HAN);
        assertThat(read(site.resolve("assets/catalogue.css"))).contains("@media print", "@media (max-width");
    }

    @ParameterizedTest
    @CsvSource({
        "CG-2024-001, CG-2024-001",
        "2024/软/005, 2024___005-",
        "a.b, a_b-",
        "CON, CON-",
        "'', r-",
        "../etc/passwd, ___etc_passwd-"})
    void pageNamesAreSafeFileNames_keepingASafeResultNumberAsItIs(String resultNo, String expectedStart) {
        String name = SitePageNames.of(resultNo);

        assertThat(name).startsWith(expectedStart).matches("[A-Za-z0-9_-]{1,80}");
        assertThat(SitePageNames.of(resultNo)).as("stable").isEqualTo(name);
        if (!name.equals(resultNo)) {
            assertThat(name).matches(".*-[0-9a-f]{8}");
        }
    }

    @Test
    void twoResultNumbersThatCleanToTheSameName_getTwoPages() {
        CatalogueEntry first = CatalogueCorpus.entries().get(1);
        List<CatalogueEntry> entries = List.of(rename(first, "ab"), rename(first, "AB"), rename(first, "A/B"),
                rename(first, "A_B"));

        assertThat(CatalogueSite.pageNames(entries)).startsWith("ab", "AB-2").doesNotHaveDuplicates().hasSize(4);
    }

    private static CatalogueEntry rename(CatalogueEntry e, String no) {
        return new CatalogueEntry(no, e.titleZh(), e.titleEn(), e.summaryZh(), e.summaryEn(), e.field(),
                e.applicationAreas(), e.stage(), e.trl(), e.ip(), e.modes(), e.terms(), e.contact(), e.images(),
                e.publishedOn());
    }

    @Test
    void aFolderWithOtherFiles_isRefused_andLeftAsItWas() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(folder.resolve("contract.docx"), "x");

        assertThatThrownBy(() -> CatalogueSite.write(folder, CatalogueCorpus.entries()))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("catalogueSite.error.notEmpty");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(folder.resolve("contract.docx"));
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.toList()).containsExactly(folder);
        }
    }

    @Test
    void anEarlierCatalogue_isReplacedWhole_andNoTemporaryFolderIsLeft() throws IOException {
        Path site = written();
        Files.createDirectories(tmp.resolve("empty"));
        CatalogueSite.write(tmp.resolve("empty"), List.of());

        CatalogueSite.write(site, CatalogueCorpus.entries().subList(1, 2));

        try (Stream<Path> pages = Files.list(site.resolve("results"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).toList()).containsExactly("CG-2024-002.html");
        }
        assertThat(site.resolve("images")).doesNotExist();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("site", "empty");
        }
        assertThat(read(tmp.resolve("empty/index.html"))).contains("目录中暂无成果。", "共 0 项成果");
    }
}
