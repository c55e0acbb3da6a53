package org.transferdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar leaves most of ICU's data out (pom.xml, the icu4j filter). Pinyin must still work without it: the
 * unit tests run on the full class path, so a collation left out of the jar broke the deal list in the running app
 * only. This test loads {@link Pinyin} through a class loader that hides every resource the pom's filter excludes.
 */
class ShadedIcuDataTest {
    @Test
    void pinyinWorksWithOnlyTheIcuDataTheJarShips() throws Exception {
        List<Pattern> excluded = icuExcludes();
        assertThat(excluded).as("the pom still filters ICU's data").isNotEmpty();
        URL[] path = classPath();
        try (var loader = new java.net.URLClassLoader(path, null) {
            @Override
            public URL getResource(String name) {
                return hidden(name) ? null : super.getResource(name);
            }

            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
            }

            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return hidden(name) ? null : super.getResourceAsStream(name);
            }

            private boolean hidden(String name) {
                String plain = name.startsWith("/") ? name.substring(1) : name;
                return excluded.stream().anyMatch(p -> p.matcher(plain).matches());
            }
        }) {
            Class<?> pinyin = loader.loadClass(Pinyin.class.getName());
            @SuppressWarnings("unchecked")
            java.util.Comparator<String> order = (java.util.Comparator<String>) pinyin.getField("ORDER").get(null);
            List<String> names = new ArrayList<>(List.of("张三", "陈四", "白六", "安五"));
            names.sort(order);
            assertThat(names).containsExactly("安五", "白六", "陈四", "张三");
            Object latin = pinyin.getMethod("of", String.class).invoke(null, "深圳天成");
            assertThat(latin.toString()).contains("shen");
        }
    }

    /** The pom's icu4j excludes as patterns ("**" any path, "*" any name part). */
    private static List<Pattern> icuExcludes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher filter = Pattern.compile("<artifact>com\\.ibm\\.icu:icu4j</artifact>\\s*<excludes>(.*?)</excludes>",
                Pattern.DOTALL).matcher(pom);
        List<Pattern> out = new ArrayList<>();
        if (filter.find()) {
            Matcher each = Pattern.compile("<exclude>(.*?)</exclude>").matcher(filter.group(1));
            while (each.find()) {
                out.add(globPattern(each.group(1)));
            }
        }
        return out;
    }

    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static URL[] classPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
