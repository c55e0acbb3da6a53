package org.transferdesk.common;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The pinyin of Chinese text, so a clerk finds 深圳天成新材料有限公司 by typing "sztc" or "shenzhen" as well as
 * "天成". ICU's Han-Latin transliteration gives each character its common reading (a polyphone gets one reading).
 */
public final class Pinyin {
    /** Names repeat across lists and pickers; a transliteration costs far more than a map lookup. */
    private static final Map<String, Spelled> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 20_000;
    private static Transliterator toLatin;
    /** Frozen: a frozen ICU collator may be shared by threads (lists are sorted off the UI thread too). */
    private static final Collator CHINESE = Collator.getInstance(ULocale.CHINA).freeze();

    /**
     * The one order of Chinese text in every list, facet and picker: by pinyin (安 < 白 < 陈 < 张), with ICU's data like
     * {@link #of} so a name sorts where its pinyin says; Latin letters after Han, digits before both; null first.
     * ICU rather than the JDK's collator: the JDK's knows only the GB2312 characters and puts rarer ones (䶮) last.
     */
    public static final Comparator<String> ORDER = Comparator.nullsFirst(CHINESE::compare);

    /** Things in the pinyin order of their names ({@link #ORDER}). */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, ORDER);
    }

    private Pinyin() {
    }

    /** The text's pinyin, syllables apart and without tones: "shen zhen tian cheng"; other text lower-cased. */
    public static String of(String text) {
        return spelled(text).syllables();
    }

    /** The first letter of each syllable or word: "sztc" for 深圳天成. */
    public static String initials(String text) {
        return spelled(text).initials();
    }

    /**
     * Whether {@code text} holds every word of {@code query} as written, in its pinyin run together
     * ("shenzhen") or in its initials ("sztc"), ignoring case.
     */
    public static boolean matches(String text, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Spelled s = spelled(text);
        String joined = s.syllables().replace(" ", "");
        for (String word : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!lower.contains(word) && !joined.contains(word) && !s.initials().contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} begins with the query's first word as written, in pinyin or in initials: such a choice is
     * listed before those that only contain it ("sz" lists 深圳… before 长沙中研…).
     */
    public static boolean startsWith(String text, String query) {
        if (query == null || query.isBlank() || text == null) {
            return false;
        }
        String word = query.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        Spelled s = spelled(text);
        return text.toLowerCase(Locale.ROOT).startsWith(word) || s.syllables().replace(" ", "").startsWith(word)
                || s.initials().startsWith(word);
    }

    private static Spelled spelled(String text) {
        if (text == null || text.isEmpty()) {
            return new Spelled("", "");
        }
        Spelled known = CACHE.get(text);
        if (known != null) {
            return known;
        }
        String latin = latin(text).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        StringBuilder initials = new StringBuilder();
        for (String syllable : latin.split(" ")) {
            if (!syllable.isEmpty() && Character.isLetterOrDigit(syllable.charAt(0))) {
                initials.append(syllable.charAt(0));
            }
        }
        Spelled made = new Spelled(latin, initials.toString());
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, made);
        }
        return made;
    }

    /** A Transliterator is not safe to share between threads: lists are filtered off the UI thread too. */
    private static synchronized String latin(String text) {
        if (toLatin == null) {
            toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        }
        return toLatin.transliterate(text);
    }

    private record Spelled(String syllables, String initials) {
    }
}
