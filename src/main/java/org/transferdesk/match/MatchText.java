package org.transferdesk.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How matching reads text: Lucene's SmartChineseAnalyzer (a dictionary and a hidden Markov model cut Chinese into
 * words; English words are lower-cased and stemmed), without punctuation, function words and the boilerplate every
 * disclosure and need repeats (一种…及其制备方法, 本成果针对…领域现有技术…的问题), which would otherwise tie every
 * result to every need.
 */
final class MatchText {
    private static final List<String> CHINESE_STOP_WORDS = List.of("的", "地", "得", "了", "着", "和", "与", "及", "其",
            "及其", "或", "或者", "在", "是", "为", "对", "等", "一", "种", "一种", "个", "本", "该", "所", "于", "由", "可",
            "将", "并", "中", "上", "下", "其中", "以及", "通过", "进行", "具有", "提出", "针对", "现有", "问题", "方法",
            "制备", "技术", "领域", "成果", "应用", "广泛", "相关", "实现", "有效", "提高", "需求", "企业", "希望", "寻求",
            "需要", "我们", "我", "公司", "合作", "解决", "能够", "用于", "基于", "优点", "具备", "条件", "经", "验证",
            "已", "有", "无", "不", "也", "都", "而", "从", "以", "到", "把", "被", "这", "那", "之", "各", "每");

    static final Analyzer ANALYZER = new SmartChineseAnalyzer(stopWords());

    private MatchText() {
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        set.addAll(CHINESE_STOP_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    /**
     * The distinct words of {@code text} as indexed (in order), each with the text as it was written: "batteries"
     * is indexed as "batteri" but shown as written.
     */
    static Map<String, String> terms(String text) {
        Map<String, String> terms = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** A single Chinese character ("高", "锂"): on its own it says little, so it only adds to a match of words. */
    static boolean isSingleHan(String term) {
        return term.codePointCount(0, term.length()) == 1
                && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
