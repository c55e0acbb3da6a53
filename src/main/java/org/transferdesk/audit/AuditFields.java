package org.transferdesk.audit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;

/**
 * The {@link AuditLabels} a feature declares field by field: a label key and how the stored text reads. Keys are
 * passed as literals by the features, so the localisation test finds them; they are resolved on display, so a
 * language switch relabels the history.
 */
public final class AuditFields implements AuditLabels {
    /** A bare word: enum constant names and the few English words the composite values carry. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Amounts are stored with 2 decimals, fractions (rates, shares) with 6 (Percent.FRACTION_SCALE). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.-])-?\\d+\\.(\\d{2}|\\d{6})(?![\\d.])");
    private static final Pattern TOKEN = Pattern.compile(WORD.pattern() + "|" + NUMBER.pattern());

    private record Field(String labelKey, UnaryOperator<String> display) {
    }

    private final String entity;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Field> prefixes = new LinkedHashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private final java.util.Set<String> lists = new java.util.HashSet<>();
    private final Map<String, RecordReference> references = new HashMap<>();

    private AuditFields(String entity) {
        this.entity = entity;
    }

    public static AuditFields of(String entity) {
        return new AuditFields(entity);
    }

    @Override
    public String entity() {
        return entity;
    }

    /** Free text, shown as stored. */
    public AuditFields text(String field, String labelKey) {
        return put(field, labelKey, UnaryOperator.identity());
    }

    /** A date (ISO text) or a year: already how the rest of the app shows them. */
    public AuditFields date(String field, String labelKey) {
        return text(field, labelKey);
    }

    public AuditFields money(String field, String labelKey) {
        return put(field, labelKey, AuditFields::money);
    }

    /** A fraction (0.500000) shown as a percent (50%). */
    public AuditFields percent(String field, String labelKey) {
        return put(field, labelKey, AuditFields::percent);
    }

    public AuditFields yesNo(String field, String labelKey) {
        return put(field, labelKey, AuditFields::yesNo);
    }

    /** An enum constant's name, shown by its label; its constants also read in this entity's composite values. */
    public <E extends Enum<E> & Labeled> AuditFields choice(String field, String labelKey, Class<E> type) {
        words(type);
        return put(field, labelKey, this::tokens);
    }

    /** A composite line (a list joined by "; ", "from~to place" …): its words and numbers are shown one by one. */
    public AuditFields composite(String field, String labelKey) {
        return put(field, labelKey, this::tokens);
    }

    /** Child rows joined by {@link AuditLabels#ITEM_SEPARATOR}, each read as a {@link #composite} value. */
    public AuditFields list(String field, String labelKey) {
        lists.add(field);
        return composite(field, labelKey);
    }

    /**
     * A foreign-key column ({@code counterpartyId}): its id reads as the name of the record of {@code table} it
     * refers to, the values of {@code nameColumns} joined by a space.
     */
    public AuditFields reference(String field, String labelKey, String table, String... nameColumns) {
        references.put(field, new RecordReference(table, List.of(nameColumns)));
        return text(field, labelKey);
    }

    @Override
    public Optional<RecordReference> reference(String field) {
        return Optional.ofNullable(references.get(field));
    }

    @Override
    public boolean listed(String field) {
        return lists.contains(field);
    }

    /** Fields named {@code prefix + something} ("diligence.SEARCH", "annualFee.2024"): the rest reads as tokens. */
    public AuditFields prefixed(String prefix, String labelKey) {
        prefixes.put(prefix, new Field(labelKey, this::tokens));
        return this;
    }

    /** One field per constant of an enum (a report's narrative parts), each labelled by its constant. */
    public <E extends Enum<E> & Labeled> AuditFields fieldPerConstant(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            put(constant.name(), constant.labelKey(), UnaryOperator.identity());
        }
        return this;
    }

    /** Enum constants that appear inside composite values or field-name suffixes of this entity. */
    public <E extends Enum<E> & Labeled> AuditFields words(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            words.putIfAbsent(constant.name(), constant.labelKey());
        }
        return this;
    }

    /** One English word a composite value carries (e.g. "paid"), with its label key. */
    public AuditFields word(String word, String labelKey) {
        words.put(word, labelKey);
        return this;
    }

    private AuditFields put(String field, String labelKey, UnaryOperator<String> display) {
        fields.put(field, new Field(labelKey, display));
        return this;
    }

    @Override
    public Optional<String> label(String field) {
        Field known = fields.get(field);
        if (known != null) {
            return Optional.of(I18n.t(known.labelKey()));
        }
        return prefixOf(field).map(p -> I18n.t(prefixes.get(p).labelKey()) + " " + tokens(rest(field, p)));
    }

    @Override
    public String display(String field, String value) {
        Field known = fields.get(field);
        return known != null ? known.display().apply(value) : tokens(value);
    }

    private Optional<String> prefixOf(String field) {
        return prefixes.keySet().stream().filter(field::startsWith).findFirst();
    }

    private static String rest(String field, String prefix) {
        return field.substring(prefix.length()).replace('.', ' ');
    }

    private String tokens(String value) {
        Matcher m = TOKEN.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String key = words.get(token);
            String shown;
            if (key != null) {
                shown = I18n.t(key);
            } else if (m.group(1) != null) {
                shown = m.group(1).length() == 2 ? money(token) : percent(token);
            } else {
                shown = yesNoOr(token);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An amount in yuan as the clerk writes it in a sentence: ¥1,234.50. */
    static String money(String value) {
        try {
            return I18n.t("historyLine.money", Money.format(new BigDecimal(value.strip())));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    static String percent(String value) {
        try {
            return new Percent(new BigDecimal(value.strip())).toString();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    static String yesNo(String value) {
        return yesNoOr(value);
    }

    private static String yesNoOr(String value) {
        if ("true".equals(value)) {
            return I18n.t("common.yes");
        }
        return "false".equals(value) ? I18n.t("common.no") : value;
    }
}
