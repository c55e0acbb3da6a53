package org.transferdesk.ui.help;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Callback;
import org.transferdesk.common.I18n;

/**
 * What a screen puts where it shows a rule id or wants a "?" button: each screen names only the rule or the guide's
 * section; the link opens the help window there ("what does this rule mean").
 */
public final class HelpLinks {
    /** The guide's sections the screens' "?" buttons open (anchors set in user-guide.md). */
    public static final String REWARDS = "help-rewards";
    public static final String REPORT = "help-report";
    public static final String FEE_PLAN = "help-fee-plan";
    public static final String PILOT = "help-pilot";
    public static final String OFFICE_RULES = "help-office-rules";
    public static final String FIRST_RUN = "help-first-run";

    /** A rule's meaning in a few words, for legends and tooltips; a rule not listed shows its id only. */
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("R-NET", "helpRule.net"),
            Map.entry("R-45-1", "helpRule.r451"),
            Map.entry("R-45-2", "helpRule.r452"),
            Map.entry("R-45-3", "helpRule.r453"),
            Map.entry("R-45-TECH", "helpRule.r45tech"),
            Map.entry("R-BONUS", "helpRule.bonus"),
            Map.entry("R-KEY", "helpRule.key"),
            Map.entry("R-PILOT-INCOME", "helpRule.pilotIncome"),
            Map.entry("R-POLICY", "helpRule.policy"),
            Map.entry("R-PUB-REWARD", "helpRule.pubReward"),
            Map.entry("R-ROUND", "helpRule.round"),
            Map.entry("R-TAX-EQUITY", "helpRule.taxEquity"),
            Map.entry("R-TAX58", "helpRule.tax58"),
            Map.entry("R-TEAM", "helpRule.team"),
            Map.entry("R-UNIT-SPLIT", "helpRule.unitSplit"),
            Map.entry("R-LEAD", "helpRule.lead"));

    private HelpLinks() {
    }

    /** The rule's meaning in the app's language, if the bundle has one. */
    public static Optional<String> meaning(String ruleId) {
        return Optional.ofNullable(MEANINGS.get(ruleId)).map(I18n::t);
    }

    /** A link showing the rule id that opens the rule book at its paragraph. */
    public static Hyperlink ruleLink(String ruleId) {
        Hyperlink link = new Hyperlink(ruleId);
        link.getStyleClass().add("rule-link");
        link.setTooltip(new Tooltip(I18n.t("help.rule.tooltip", meaning(ruleId).orElse(ruleId))));
        link.setOnAction(e -> HelpWindow.openRule(ruleId));
        return link;
    }

    /**
     * {@code message} as running text whose rule ids (those the rule book defines) are {@link #ruleLink}s; empty when
     * it cites none, so the caller keeps its plain label. A click on a link opens the rule and goes no further (a
     * problem line that is itself a link to its field does not also take the user there).
     */
    public static Optional<TextFlow> ruleText(String message) {
        List<RuleMentions.Part> parts = RuleMentions.split(message, HelpWindow::definesRule);
        if (parts.stream().noneMatch(RuleMentions.Part::rule)) {
            return Optional.empty();
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("rule-text");
        flow.setAccessibleText(message);
        flow.setUserData(message);
        for (RuleMentions.Part part : parts) {
            if (part.rule()) {
                Hyperlink link = ruleLink(part.text());
                link.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
                flow.getChildren().add(link);
            } else {
                Text text = new Text(part.text());
                text.getStyleClass().add("message-text"); // a Text has no style class of its own to colour it by
                flow.getChildren().add(text);
            }
        }
        return Optional.of(flow);
    }

    /** Cells of a column whose rows name a rule: each id a {@link #ruleLink}. */
    public static <S> Callback<TableColumn<S, S>, TableCell<S, S>> ruleCells(Function<S, String> rule) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                String id = empty || row == null ? null : rule.apply(row);
                setText(null);
                setGraphic(id == null || id.isBlank() ? null : ruleLink(id));
            }
        };
    }

    /**
     * True for a rule book id (R-PAT-FEE, R-45-1), which has a paragraph to link to; other text (a result number
     * R-2024-0001, "合同约定") has none.
     */
    public static boolean isRuleId(String text) {
        return text != null && RULE_ID.matcher(text).matches() && !RESULT_NO.matcher(text).matches();
    }

    private static final Pattern RULE_ID = Pattern.compile("R-[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern RESULT_NO = Pattern.compile("R-\\d{4}-\\d+");

    /**
     * As {@link #ruleCells}, for a tree table's column whose value may be a rule id: a rule id is a link, other text
     * (a heading's blank, "合同约定") shows as it is.
     */
    public static <S> Callback<TreeTableColumn<S, String>, TreeTableCell<S, String>> ruleTreeCells() {
        return column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                boolean rule = !empty && isRuleId(value);
                setText(empty || rule ? null : value);
                setGraphic(rule ? ruleLink(value) : null);
            }
        };
    }

    /** A line per rule: its link and its meaning (the rules in the order given, each once). */
    public static Node legend(Collection<String> ruleIds) {
        FlowPane legend = new FlowPane(16, 4);
        legend.getStyleClass().add("help-legend");
        legend.setId("ruleLegend");
        legend.getChildren().add(new Label(I18n.t("help.legend")));
        for (String id : new LinkedHashSet<>(ruleIds)) {
            HBox entry = new HBox(2, ruleLink(id), new Label(meaning(id).orElse("")));
            entry.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(entry);
        }
        return legend;
    }

    /** The "?" button of a screen: opens the user guide at the screen's section. */
    public static Button helpButton(String guideAnchor) {
        return new HelpButton(guideAnchor);
    }

    /** A window's content with its "?" button in the top right corner, for windows whose view names none. */
    public static Parent withHelpButton(Parent content, String guideAnchor) {
        Button button = helpButton(guideAnchor);
        StackPane.setAlignment(button, Pos.TOP_RIGHT);
        StackPane.setMargin(button, new Insets(6, 8, 0, 0));
        return new StackPane(content, button);
    }
}
