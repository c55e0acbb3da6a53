package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both bundles hold the same keys; every key the code or FXML uses exists; no key is unused.
 * Keys in Java are literals passed to I18n.t, Problem.error/warning, ImportError or
 * UserFacingException; enum labels come from {@link Labeled}.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/transferdesk/i18n");
    private static final Pattern KEY_CALL = Pattern.compile(
            "(?:\\bt|\\berror|\\bwarning|\\bImportError|\\bUserFacingException|\\bsuper)\\(([^;]{0,400})");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.]*)\"");

    private static Properties english;
    private static Properties chinese;
    private static final Set<String> CALLED = new TreeSet<>();
    private static final Set<String> MENTIONED = new HashSet<>();

    @BeforeAll
    static void scan() throws IOException {
        english = load("messages.properties");
        chinese = load("messages_zh_CN.properties");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.toString().endsWith(".java")) {
                    Matcher call = KEY_CALL.matcher(text);
                    while (call.find()) {
                        Matcher literal = KEY_LITERAL.matcher(call.group(1));
                        while (literal.find()) {
                            CALLED.add(literal.group(1));
                        }
                    }
                    Matcher any = KEY_LITERAL.matcher(text);
                    while (any.find()) {
                        MENTIONED.add(any.group(1));
                    }
                } else if (file.toString().endsWith(".fxml")) {
                    Matcher m = FXML_KEY.matcher(text);
                    while (m.find()) {
                        CALLED.add(m.group(1));
                    }
                }
            }
        }
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.transferdesk")) {
            if (type.isEnum() && type.isAssignableTo(Labeled.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    CALLED.add(((Labeled) constant).labelKey());
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys missing in Chinese")
                .containsAll(english.stringPropertyNames());
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys missing in English")
                .containsAll(chinese.stringPropertyNames());
    }

    @Test
    void everyUsedKeyExists() {
        Set<String> missing = new TreeSet<>(CALLED);
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys used in code or FXML but not in the bundles").isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(CALLED);
        unused.removeAll(MENTIONED);
        assertThat(unused).as("keys in the bundles that nothing uses").isEmpty();
    }

    @Test
    void noValueIsEmpty_andChineseIsTranslated() {
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key, "x")).as(key).isNotBlank();
        }
        long identical = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(chinese.getProperty(k))).count();
        assertThat(identical).as("values left untranslated").isLessThan(english.size() / 20 + 3);
    }
}
