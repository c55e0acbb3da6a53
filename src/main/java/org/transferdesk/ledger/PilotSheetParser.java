package org.transferdesk.ledger;

import static org.transferdesk.ledger.LedgerSheet.Columns.AGREEMENT_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.CONVERT_BY;
import static org.transferdesk.ledger.LedgerSheet.Columns.PILOT_MODEL;
import static org.transferdesk.ledger.LedgerSheet.Columns.PUBLICITY_FROM;
import static org.transferdesk.ledger.LedgerSheet.Columns.PUBLICITY_TO;
import static org.transferdesk.ledger.LedgerSheet.Columns.REGISTERED_ON;
import static org.transferdesk.ledger.LedgerSheet.Columns.RESULT_NO;
import static org.transferdesk.ledger.LedgerSheet.Columns.TEAM_SHARE;
import static org.transferdesk.ledger.LedgerSheet.Columns.USE_YEARS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.ledger.LedgerRows.PilotRow;
import org.transferdesk.pilot.PilotModel;
import org.transferdesk.pilot.PilotRules;
import org.transferdesk.pilot.PilotValidator;
import org.transferdesk.pilot.PilotWorkflow;

/**
 * 赋权: the model's own figure (team share for ownership, term for long-term use, R-PILOT-MODEL under the
 * rules in force) and the dates in the order of R-PILOT-FLOW: a full publicity, the agreement after it,
 * the registration (ownership only) and the conversion deadline after the agreement. A date needs the
 * one before it; no date lies after today except the conversion deadline, which is a deadline.
 */
final class PilotSheetParser {
    private PilotSheetParser() {
    }

    static List<PilotRow> parse(RawSheet raw, SheetHeader header, ErrorList errors, LocalDate today,
                                Function<LocalDate, PilotRules> rulesOn, Steps steps) {
        FirstRows firstRow = new FirstRows();
        return SheetWalk.parse(raw, header, errors, steps, cells -> {
            String resultNo = cells.requiredText(RESULT_NO, 64);
            PilotModel model = model(cells);
            cells.required(PILOT_MODEL);
            Percent teamShare = cells.percent(TEAM_SHARE);
            Integer years = years(cells);
            LocalDate from = cells.date(PUBLICITY_FROM);
            LocalDate to = cells.date(PUBLICITY_TO);
            LocalDate agreed = cells.date(AGREEMENT_ON);
            LocalDate registered = cells.date(REGISTERED_ON);
            LocalDate convertBy = cells.date(CONVERT_BY);
            LocalDate ruleDate = agreed != null ? agreed : from != null ? from : today;
            if (model == PilotModel.OWNERSHIP) {
                checkOwnership(cells, teamShare, years);
            } else if (model == PilotModel.LONG_TERM_USE) {
                checkUse(cells, teamShare, years, registered, rulesOn.apply(ruleDate));
            }
            checkDates(cells, header, today, rulesOn, from, to, agreed, registered, convertBy);
            firstRow.once(cells, RESULT_NO, resultNo, "ledger.duplicateInFile", resultNo);
            return new PilotRow(cells.number(), resultNo, model, teamShare, years, from, to, agreed, registered,
                    convertBy);
        });
    }

    /** 所有权 / 长期使用权 as the ledger writes them, else any label or constant name of the model. */
    private static PilotModel model(RowCells cells) {
        String text = cells.text(PILOT_MODEL);
        if (text == null) {
            return null;
        }
        PilotModel model = switch (text) {
            case "所有权" -> PilotModel.OWNERSHIP;
            case "长期使用权" -> PilotModel.LONG_TERM_USE;
            default -> Vocabulary.parse(PilotModel.class, text);
        };
        if (model == null) {
            cells.error(PILOT_MODEL, "ledger.cell.unknownValue", text, "所有权/长期使用权");
        }
        return model;
    }

    /** A whole number of years; null when empty or unreadable (then with an error). */
    private static Integer years(RowCells cells) {
        String text = cells.text(USE_YEARS);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text.replace("年", "").strip());
            return n.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            cells.error(USE_YEARS, "ledger.pilots.badYears", text);
            return null;
        }
    }

    private static void checkOwnership(RowCells cells, Percent teamShare, Integer years) {
        if (teamShare == null) {
            cells.error(TEAM_SHARE, "ledger.pilots.teamShareRequired");
        } else if (!teamShare.isPositive() || teamShare.compareTo(Percent.HUNDRED) >= 0) {
            cells.error(TEAM_SHARE, "pilot.error.teamShareRange");
        }
        if (years != null) {
            cells.error(USE_YEARS, "ledger.pilots.yearsNotOwnership");
        }
    }

    private static void checkUse(RowCells cells, Percent teamShare, Integer years, LocalDate registered,
                                 PilotRules rules) {
        if (years == null) {
            cells.error(USE_YEARS, "ledger.pilots.yearsRequired");
        } else {
            for (Problem p : PilotValidator.useTerm(years, null, rules)) {
                cells.error(USE_YEARS, p.key(), p.args());
            }
        }
        if (teamShare != null) {
            cells.error(TEAM_SHARE, "ledger.pilots.shareNotUse");
        }
        if (registered != null) {
            cells.error(REGISTERED_ON, "ledger.pilots.registeredNotUse");
        }
    }

    private static void checkDates(RowCells cells, SheetHeader header, LocalDate today,
                                   Function<LocalDate, PilotRules> rulesOn, LocalDate from, LocalDate to,
                                   LocalDate agreed, LocalDate registered, LocalDate convertBy) {
        LedgerColumn[] columns = {PUBLICITY_FROM, PUBLICITY_TO, AGREEMENT_ON, REGISTERED_ON};
        LocalDate[] dates = {from, to, agreed, registered};
        for (int i = 0; i < columns.length; i++) {
            if (dates[i] != null && dates[i].isAfter(today)) {
                cells.error(columns[i], "ledger.pilots.future", dates[i]);
            }
        }
        if (from != null && to == null) {
            without(cells, header, PUBLICITY_FROM, PUBLICITY_TO);
        } else if (to != null && from == null) {
            without(cells, header, PUBLICITY_TO, PUBLICITY_FROM);
        } else if (from != null) {
            PilotRules rules = rulesOn.apply(from);
            LocalDate earliest = PilotWorkflow.earliestPublicityEnd(from, rules);
            if (to.isBefore(earliest)) {
                cells.error(PUBLICITY_TO, "pilot.step.publicityShort", rules.publicityDays(), earliest);
            }
        }
        if (agreed != null && (from == null || to == null)) {
            without(cells, header, AGREEMENT_ON, from == null ? PUBLICITY_FROM : PUBLICITY_TO);
        } else if (agreed != null && !agreed.isAfter(to)) {
            cells.error(AGREEMENT_ON, "ledger.pilots.agreementDuringPublicity", agreed, to);
        }
        if (registered != null && agreed == null) {
            without(cells, header, REGISTERED_ON, AGREEMENT_ON);
        } else if (registered != null && registered.isBefore(agreed)) {
            cells.error(REGISTERED_ON, "ledger.pilots.registeredBeforeAgreement", registered, agreed);
        }
        if (convertBy != null && agreed == null) {
            without(cells, header, CONVERT_BY, AGREEMENT_ON);
        } else if (convertBy != null && !convertBy.isAfter(agreed)) {
            cells.error(CONVERT_BY, "pilot.step.convertByPast", convertBy, agreed);
        }
    }

    private static void without(RowCells cells, SheetHeader header, LedgerColumn column, LedgerColumn needed) {
        cells.error(column, "ledger.pilots.without", header.nameOf(column), header.nameOf(needed));
    }
}
