package org.transferdesk.catalogue.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of the site's pages and pictures: what any static host and file system serves as is (ASCII letters,
 * digits, - and _). A result number that is already such a name is the page's name; any other (a slash, Chinese, a
 * dot) gets its unsafe characters replaced and a short hash of the original, so two numbers never share a page and
 * the same number keeps its address from one publication to the next.
 */
final class SitePageNames {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");
    private static final int KEEP = 60;

    private SitePageNames() {
    }

    /** The page's name, without ".html". */
    static String of(String resultNo) {
        String text = resultNo == null ? "" : resultNo;
        if (SAFE.matcher(text).matches() && !WINDOWS_DEVICES.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        String cleaned = UNSAFE.matcher(text).replaceAll("_");
        if (cleaned.length() > KEEP) {
            cleaned = cleaned.substring(0, KEEP);
        }
        return (cleaned.isEmpty() ? "r" : cleaned) + "-" + hash(text);
    }

    /** A picture's name: the safe stem of {@code fileName} and its extension, lower-case. */
    static String image(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return of(stem) + (ext.matches("png|jpe?g") ? "." + ext : ".bin");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
