package org.transferdesk.settings.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;

/**
 * How one dated rule is edited, declared with the rule (issue 24 item 4): the stored text stays the contract with
 * the CLI, the ledger and the database; the kind decides the control {@link DatedRulesView} shows, what it says is
 * wrong while the clerk types (in the app's language) and how the history shows a recorded value.
 */
public sealed interface SettingEditor {
    /** What is wrong with {@code text}, empty when this kind finds nothing (the rule's own check runs after it). */
    default List<String> problems(String text) {
        return List.of();
    }

    /** {@code text} as the history shows it. */
    default String shown(String text) {
        return text;
    }

    /** Free text in a grammar of its own, with an example as the prompt. */
    record Text(String prompt) implements SettingEditor {
    }

    /** A number from {@code min} to {@code max} (whole or not), with its unit after the field. */
    record Numeric(BigDecimal min, BigDecimal max, boolean whole, String unit) implements SettingEditor {
        public static Numeric whole(int min, int max, String unit) {
            return new Numeric(BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, unit);
        }

        @Override
        public List<String> problems(String text) {
            String t = text == null ? "" : text.strip();
            if (t.isEmpty()) {
                return List.of(I18n.t("rulesEdit.required"));
            }
            BigDecimal n;
            try {
                n = new BigDecimal(t);
            } catch (NumberFormatException e) {
                return List.of(I18n.t(whole ? "rulesEdit.notWhole" : "rulesEdit.notNumber"));
            }
            if (whole && n.stripTrailingZeros().scale() > 0) {
                return List.of(I18n.t("rulesEdit.notWhole"));
            }
            if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                return List.of(I18n.t("rulesEdit.range", min.toPlainString(), max.toPlainString()));
            }
            return List.of();
        }

        @Override
        public String shown(String text) {
            return I18n.t("rulesEdit.withUnit", text, unit);
        }
    }

    /**
     * An amount in yuan, at least {@code min}: typed with or without separators and ¥, refused when finer than a fen
     * (never rounded to one), shown as ¥1,000,000.00.
     */
    record Yuan(BigDecimal min) implements SettingEditor {
        @Override
        public List<String> problems(String text) {
            if (text == null || text.isBlank()) {
                return List.of(I18n.t("rulesEdit.required"));
            }
            java.util.Optional<BigDecimal> amount = org.transferdesk.common.Money.parseExact(text);
            if (amount.isEmpty()) {
                return List.of(I18n.t("rulesEdit.notNumber"));
            }
            if (amount.get().stripTrailingZeros().scale() > org.transferdesk.common.Money.SCALE) {
                return List.of(I18n.t("settingYuan.finerThanFen"));
            }
            if (amount.get().compareTo(min) < 0) {
                return List.of(I18n.t("settingYuan.atLeast", org.transferdesk.common.Money.format(min)));
            }
            return List.of();
        }

        @Override
        public String shown(String text) {
            return org.transferdesk.common.Money.parseExact(text)
                    .filter(a -> a.stripTrailingZeros().scale() <= org.transferdesk.common.Money.SCALE)
                    .map(a -> "¥" + org.transferdesk.common.Money.format(a)).orElse(text);
        }
    }

    /** One of a few codes, each shown by its label. */
    record Choice(List<String> codes, Function<String, String> label) implements SettingEditor {
        /** Stored as {@code true}/{@code false}, shown as 是/否. */
        public static Choice yesNo() {
            return new Choice(List.of("true", "false"),
                    code -> "true".equals(code) ? I18n.t("rulesEdit.yes") : "false".equals(code) ? I18n.t("rulesEdit.no") : code);
        }

        /** The constants of a labelled enum, stored by name, shown by their bundle labels. */
        public static <E extends Enum<E> & Labeled> Choice of(Class<E> type) {
            E[] constants = type.getEnumConstants();
            return new Choice(Arrays.stream(constants).map(Enum::name).toList(),
                    code -> Arrays.stream(constants).filter(c -> c.name().equals(code)).findFirst()
                            .map(Labeled::label).orElse(code));
        }

        /** Codes each shown by its bundle key: {@code code1, key1, code2, key2, …}. */
        public static Choice keyed(String... codesAndKeys) {
            Map<String, String> keys = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 1 < codesAndKeys.length; i += 2) {
                keys.put(codesAndKeys[i], codesAndKeys[i + 1]);
            }
            return new Choice(List.copyOf(keys.keySet()),
                    code -> keys.containsKey(code) ? I18n.t(keys.get(code)) : code);
        }

        @Override
        public List<String> problems(String text) {
            return codes.contains(text == null ? "" : text.strip()) ? List.of()
                    : List.of(I18n.t("rulesEdit.notAChoice", text));
        }

        @Override
        public String shown(String text) {
            return label.apply(text);
        }
    }

    /** A date, stored as YYYY-MM-DD, picked from a calendar. */
    record Day() implements SettingEditor {
        @Override
        public List<String> problems(String text) {
            try {
                java.time.LocalDate.parse(text == null ? "" : text.strip());
                return List.of();
            } catch (java.time.DateTimeException e) {
                return List.of(I18n.t("rulesEdit.notDate"));
            }
        }
    }

    /**
     * A list of day counts (reminder levels, "90,30,7"): each from {@code min} to {@code max}, none twice, kept
     * largest first. {@code split} and {@code join} are the owner's one parser of the stored text (issue 24 item 4).
     */
    record DayCounts(int min, int max, Function<String, List<Integer>> split, Function<List<Integer>, String> join)
            implements SettingEditor {
        @Override
        public List<String> problems(String text) {
            List<Integer> days;
            try {
                days = split.apply(text == null ? "" : text);
            } catch (IllegalArgumentException e) {
                return List.of(I18n.t("rulesEdit.unreadable", e.getMessage()));
            }
            if (days.stream().anyMatch(d -> d < min || d > max)) {
                return List.of(I18n.t("rulesEdit.range", Integer.toString(min), Integer.toString(max)));
            }
            return days.stream().distinct().count() < days.size() ? List.of(I18n.t("settingControls.days.twice"))
                    : List.of();
        }

        /** The days of {@code text}, or none when it is unreadable. */
        public List<Integer> days(String text) {
            try {
                return split.apply(text == null ? "" : text);
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        }

        /** Whether {@code day} may join {@code text}'s days: in range and not there yet. */
        public boolean mayAdd(String text, int day) {
            return day >= min && day <= max && !days(text).contains(day);
        }

        /** {@code text} with {@code day} added, largest first; unchanged when {@link #mayAdd} says no. */
        public String with(String text, int day) {
            if (!mayAdd(text, day)) {
                return text;
            }
            List<Integer> now = new ArrayList<>(days(text));
            now.add(day);
            now.sort(java.util.Comparator.reverseOrder());
            return join.apply(now);
        }

        /** {@code text} without {@code day}; a list keeps at least one day (an empty one would be unreadable). */
        public String without(String text, int day) {
            List<Integer> now = new ArrayList<>(days(text));
            if (now.size() <= 1 || !now.remove(Integer.valueOf(day))) {
                return text;
            }
            return join.apply(now);
        }

        @Override
        public String shown(String text) {
            List<Integer> days = days(text);
            return days.isEmpty() ? text : I18n.t("settingControls.days.shown", days.stream().map(String::valueOf)
                    .collect(Collectors.joining(I18n.t("rulesEdit.listSeparator"))));
        }
    }

    /**
     * A day of the year (a deadline, "03-30") picked as a month and a day of it: the owner's {@code split} reads the
     * stored text (refusing 02-30), {@code join} writes it.
     */
    record YearDay(Function<String, java.time.MonthDay> split, Function<java.time.MonthDay, String> join)
            implements SettingEditor {
        @Override
        public List<String> problems(String text) {
            return read(text).isPresent() ? List.of() : List.of(I18n.t("settingControls.yearDay.invalid"));
        }

        public java.util.Optional<java.time.MonthDay> read(String text) {
            try {
                return java.util.Optional.of(split.apply(text == null ? "" : text));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                return java.util.Optional.empty();
            }
        }

        @Override
        public String shown(String text) {
            return read(text).map(d -> I18n.t("settingControls.yearDay.shown", d.getMonthValue(), d.getDayOfMonth()))
                    .orElse(text);
        }
    }

    /** One row of a {@link Bands} table as typed: years from–to and an amount in yuan. */
    record Band(String from, String to, String amount) {
        static final Band BLANK = new Band("", "", "");
    }

    /**
     * A table of year bands with an amount each (a fee schedule): {@code split} and {@code join} convert the stored
     * text, {@code check} says what is wrong with the rows; all three come from the feature that owns the grammar.
     * {@code amountLabel} heads the amount column.
     */
    record Bands(Function<String, List<Band>> split, Function<List<Band>, String> join,
                 Function<List<Band>, List<String>> check, String amountLabel) implements SettingEditor {
        @Override
        public List<String> problems(String text) {
            try {
                return check.apply(split.apply(text));
            } catch (IllegalArgumentException e) {
                return List.of(I18n.t("rulesEdit.unreadable", e.getMessage()));
            }
        }

        @Override
        public String shown(String text) {
            try {
                return split.apply(text).stream()
                        .map(b -> I18n.t("rulesEdit.band.shown", b.from(), b.to(), b.amount()))
                        .collect(Collectors.joining(I18n.t("rulesEdit.listSeparator")));
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
    }

    /** One field of a {@link Parts} form: its name in the stored text, its label, how it is edited. */
    record Part(String name, String label, SettingEditor editor) {
    }

    /** A small form whose fields are joined into one stored text ({@code NAME:value;…}). */
    record Parts(List<Part> parts, Function<String, Map<String, String>> split,
                 Function<Map<String, String>, String> join) implements SettingEditor {
        @Override
        public List<String> problems(String text) {
            Map<String, String> values;
            try {
                values = split.apply(text);
            } catch (IllegalArgumentException e) {
                return List.of(I18n.t("rulesEdit.unreadable", e.getMessage()));
            }
            List<String> found = new ArrayList<>();
            for (Part p : parts) {
                p.editor().problems(values.getOrDefault(p.name(), ""))
                        .forEach(problem -> found.add(I18n.t("rulesEdit.labelled", p.label(), problem)));
            }
            return found;
        }

        @Override
        public String shown(String text) {
            try {
                Map<String, String> values = split.apply(text);
                return parts.stream().map(p -> I18n.t("rulesEdit.labelled", p.label(),
                        p.editor().shown(values.getOrDefault(p.name(), ""))))
                        .collect(Collectors.joining(I18n.t("rulesEdit.listSeparator")));
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
    }
}
