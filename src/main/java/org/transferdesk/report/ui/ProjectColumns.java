package org.transferdesk.report.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.report.ProjectRow;
import org.transferdesk.report.ReportTables;
import org.transferdesk.common.Money;
import org.transferdesk.ui.ListColumn;

/** R-REPORT-LIST: the project list's columns (科技成果转化项目清单), amounts in 万元. */
public final class ProjectColumns {
    /** One line of the list with its 序号. */
    public record Line(int number, ProjectRow row) {
    }

    private ProjectColumns() {
    }

    public static List<Line> lines(List<ProjectRow> rows) {
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> new Line(i + 1, rows.get(i))).toList();
    }

    public static List<ListColumn<Line>> columns() {
        return List.of(
                col("reportList.number", l -> String.valueOf(l.number()), true, 50),
                col("reportList.resultTitles", l -> l.row().resultTitles(), false, 260),
                col("reportList.resultTypes", l -> labels(ResultType.class, l.row().resultTypes()), false, 100),
                col("reportList.ipNumbers", l -> l.row().ipNumbers(), false, 160),
                col("reportList.fundings", l -> labels(FundingSource.class, l.row().fundings()), false, 90),
                col("reportList.mode", ProjectColumns::mode, false, 110),
                col("reportList.counterparty", l -> l.row().counterparty(), false, 220),
                col("reportList.creditCode", l -> l.row().creditCode(), false, 170),
                col("reportList.signedOn", l -> l.row().signedOn() == null ? "" : l.row().signedOn().toString(),
                        false, 100),
                col("reportList.registrationNo", l -> l.row().registrationNo(), false, 150),
                money("reportList.contractAmount", l -> l.row().contractAmount()),
                money("reportList.receivedInYear", l -> l.row().receivedInYear()),
                money("reportList.receivedToDate", l -> l.row().receivedToDate()),
                col("reportList.equityShare", ProjectColumns::share, true, 80),
                col("reportList.reward", l -> Money.formatWan(l.row().rewardCash()) + " / "
                        + Money.formatWan(l.row().rewardEquity()), true, 170),
                col("reportList.piloted", l -> yesNo(l.row().piloted()), false, 100),
                col("reportList.relatedParty", l -> yesNo(l.row().relatedParty()), false, 100),
                col("reportList.pricing", l -> l.row().pricing() == null ? "" : l.row().pricing().label(), false,
                        100));
    }

    /** {@code number}: the cells sit right, as figures do. */
    private static ListColumn<Line> col(String key, Function<Line, String> text, boolean number, double width) {
        ListColumn<Line> column = ListColumn.text(key, width, text);
        return number ? column.aligned(ListColumn.Align.RIGHT) : column;
    }

    /** The list reports 万元, so these are not the table's yuan money columns. */
    private static ListColumn<Line> money(String key, Function<Line, BigDecimal> yuan) {
        return col(key, l -> Money.formatWan(yuan.apply(l)), true, 120);
    }

    private static String mode(Line l) {
        ProjectRow r = l.row();
        return r.licenseKind() == null ? r.mode().label() : r.mode().label() + "（" + r.licenseKind().label() + "）";
    }

    private static String share(Line l) {
        BigDecimal s = l.row().equityShare();
        return s == null ? "" : s.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String yesNo(boolean b) {
        return I18n.t(b ? "common.yes" : "common.no");
    }

    /** Enum names joined by ';' as labels joined by '；'. */
    static <E extends Enum<E> & Labeled> String labels(Class<E> type, String names) {
        if (names == null || names.isBlank()) {
            return "";
        }
        return Arrays.stream(names.split(";")).map(n -> ReportTables.labelOf(type, n.strip()))
                .collect(Collectors.joining("；"));
    }
}
