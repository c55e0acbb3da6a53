package org.transferdesk.deal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Money;

/**
 * The printable price publicity notice of a negotiated deal (R-PRICE, R-PUB-PRICE): what is
 * publicised (the results' names and types, the mode, the counterparty, the proposed price), for how
 * long, and where objections go. Pure: built from a deal and what the caller looked up; every text is
 * in the current language, ready to print.
 */
public record PublicityNotice(String title, String intro, List<ResultLine> results, List<Line> lines, String footer) {

    /** One publicised result. */
    public record ResultLine(String resultNo, String name, String type) {
    }

    /** A label and its value, e.g. 拟定价格（元） and 1,200,000.00. */
    public record Line(String label, String value) {
    }

    public PublicityNotice {
        results = List.copyOf(results);
        lines = List.copyOf(lines);
    }

    /**
     * The notice for {@code deal}. The period is the deal's recorded publicity; without one it starts
     * on {@code start} and lasts {@code minimumDays} calendar days, the start day not counted
     * (R-PUB-PRICE: 15 days from 2024-05-06 → last day 2024-05-21).
     *
     * @param resultTypes the type label of each linked result, by result number (missing: left empty)
     * @param objectionContact where objections go (office setting); null or blank for the default text
     */
    public static PublicityNotice of(Deal deal, Map<String, String> resultTypes, String objectionContact,
                                     LocalDate start, int minimumDays) {
        Objects.requireNonNull(deal, "deal");
        LocalDate from = deal.publicity() != null && deal.publicity().startsOn() != null
                ? deal.publicity().startsOn() : start;
        LocalDate lastDay = deal.publicity() != null && deal.publicity().endsOn() != null
                ? deal.publicity().endsOn() : PublicityRules.earliestEnd(from, minimumDays);
        List<ResultLine> results = deal.results().stream().map(r -> new ResultLine(r.resultNo(),
                r.title() == null ? "" : r.title(), resultTypes.getOrDefault(r.resultNo(), ""))).toList();
        String contact = objectionContact == null || objectionContact.isBlank()
                ? I18n.t("publicityNotice.defaultObjectionContact") : objectionContact.strip();
        List<Line> lines = List.of(
                new Line(I18n.t("publicityNotice.contractNo"), nullToEmpty(deal.contractNo())),
                new Line(I18n.t("publicityNotice.mode"), deal.mode() == null ? "" : modeText(deal)),
                new Line(I18n.t("publicityNotice.counterparty"), nullToEmpty(deal.counterpartyName())),
                new Line(I18n.t("publicityNotice.price"), Money.format(deal.contractAmount())),
                new Line(I18n.t("publicityNotice.period"), I18n.t("publicityNotice.periodValue", from.toString(),
                        lastDay.toString())),
                new Line(I18n.t("publicityNotice.objections"), contact));
        return new PublicityNotice(I18n.t("publicityNotice.title"), I18n.t("publicityNotice.intro"), results, lines,
                I18n.t("publicityNotice.footer", lastDay.toString()));
    }

    private static String modeText(Deal deal) {
        String mode = deal.mode().label();
        return deal.licenseKind() == null ? mode : mode + "（" + deal.licenseKind().label() + "）";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
