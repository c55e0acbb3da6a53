package org.transferdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditDiffTest {

    /** "a=1;b=" → {a: "1", b: ""}; "b=~" puts a null value, "-" is the empty map. */
    private static Map<String, Object> snapshot(String spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (spec.equals("-")) {
            return m;
        }
        for (String pair : spec.split(";")) {
            String[] kv = pair.split("=", -1);
            m.put(kv[0], kv[1].equals("~") ? null : kv[1]);
        }
        return m;
    }

    /** "title:旧>新;b:~>2" → changes in that order; ~ is null. */
    private static List<FieldChange> changes(String spec) {
        if (spec.equals("-")) {
            return List.of();
        }
        return java.util.Arrays.stream(spec.split(";")).map(c -> {
            String[] fieldAndValues = c.split(":", 2);
            String[] values = fieldAndValues[1].split(">", -1);
            return new FieldChange(fieldAndValues[0], values[0].equals("~") ? null : values[0],
                    values[1].equals("~") ? null : values[1]);
        }).toList();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -                      | title=锂电池;status=DISCLOSED | title:~>锂电池;status:~>DISCLOSED
            -                      | title=锂电池;notes=;x=~       | title:~>锂电池
            title=锂电池;status=A   | title=锂电池;status=A         | -
            title=锂电池;status=A   | title=钠电池;status=A         | title:锂电池>钠电池
            title=锂电池;notes=旧   | title=锂电池;notes=           | notes:旧>~
            title=锂电池;notes=     | title=锂电池;notes=~          | -
            title=锂电池            | title=锂电池;notes=新         | notes:~>新
            title=锂电池;old=x      | title=锂电池                  | old:x>~
            a=1;b=2                | b=3;a=4                      | b:2>3;a:1>4
            """)
    void between_listsChangedFieldsOnly_treatingEmptyAsNothing(String before, String after, String expected) {
        assertThat(AuditDiff.between(snapshot(before), snapshot(after))).containsExactlyElementsOf(changes(expected));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(textBlock = """
            40,   40,   0
            40,   41,   1
            true, true, 0
            """)
    void between_comparesValuesByTheirText(String before, String after, int expectedChanges) {
        Map<String, Object> b = new HashMap<>();
        b.put("v", before.equals("true") ? Boolean.TRUE : Integer.valueOf(before));
        Map<String, Object> a = new HashMap<>();
        a.put("v", after.equals("true") ? "true" : Long.valueOf(after));

        assertThat(AuditDiff.between(b, a)).hasSize(expectedChanges);
    }
}
