package org.transferdesk.reward.export.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.export.UnitInfo;

/**
 * The parameters of a reward export (month and unit for the 备案表, a date range for the 发放表, a staff
 * number for the statement), checked before the file is chosen.
 */
public final class RewardExportDialogViewModel {
    /** Which document the dialog asks for. */
    public enum Kind { TAX_FILING, PAYROLL, STATEMENT }

    private final Kind kind;
    private final StringProperty month = new SimpleStringProperty();
    private final StringProperty unitName = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final StringProperty staffNo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Defaults from {@code today}: the 备案表 of last month (due by the 15th), the payroll of this month. */
    public RewardExportDialogViewModel(Kind kind, LocalDate today) {
        this.kind = kind;
        month.set(YearMonth.from(today).minusMonths(1).toString());
        from.set(today.withDayOfMonth(1).toString());
        to.set(today.withDayOfMonth(today.lengthOfMonth()).toString());
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return switch (kind) {
            case TAX_FILING -> I18n.t("menu.rewards.taxFiling");
            case PAYROLL -> I18n.t("menu.rewards.payroll");
            case STATEMENT -> I18n.t("menu.rewards.statement");
        };
    }

    /** The request, or empty with {@link #errorProperty()} saying what to fix. */
    public Optional<RewardExportRequest> request() {
        error.set("");
        try {
            return Optional.of(switch (kind) {
                case TAX_FILING -> new RewardExportRequest.TaxFiling(YearMonth.parse(strip(month.get())),
                        new UnitInfo(unitName.get(), creditCode.get()));
                case PAYROLL -> payroll();
                case STATEMENT -> statement();
            });
        } catch (DateTimeParseException e) {
            error.set(I18n.t(kind == Kind.TAX_FILING ? "rewardExport.dialog.badMonth" : "rewardExport.dialog.badDate"));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
        return Optional.empty();
    }

    private RewardExportRequest payroll() {
        LocalDate start = LocalDate.parse(strip(from.get()));
        LocalDate end = LocalDate.parse(strip(to.get()));
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(I18n.t("rewardExport.dialog.badRange"));
        }
        return new RewardExportRequest.Payroll(start, end);
    }

    private RewardExportRequest statement() {
        String no = strip(staffNo.get());
        if (no.isEmpty()) {
            throw new IllegalArgumentException(I18n.t("rewardExport.dialog.staffNoRequired"));
        }
        return new RewardExportRequest.Statement(no);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public StringProperty monthProperty() {
        return month;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty staffNoProperty() {
        return staffNo;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
