package org.transferdesk.reward.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.reward.PublicityEnd;
import org.transferdesk.ui.TaskExecutor;

/**
 * The fields of the distribution editor's life-cycle actions (公示, 审批, 发放, 撤销), one record per action.
 *
 * @param publicity    the publicity's first and last day
 * @param document     the publicity's document
 * @param approval     who approved the distribution, and when
 * @param payment      when it was paid, and through which payroll
 * @param revokeReason why it is revoked
 */
public record ActionForm(PublicityDates publicity, PublicityDocument document, Approval approval, Payment payment,
                         StringProperty revokeReason) {

    ActionForm(TaskExecutor executor, Function<LocalDate, PublicityEnd> earliestEndOf) {
        this(new PublicityDates(executor, earliestEndOf), new PublicityDocument(), new Approval(), new Payment(),
                new SimpleStringProperty(""));
    }

    /** The publicity's document number and 公示结果文件名称, recorded with the number (R-TAX58-FILING). */
    public record PublicityDocument(StringProperty number, StringProperty name) {
        PublicityDocument() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    /** 审批: the day and the body that approved. */
    public record Approval(ObjectProperty<LocalDate> on, StringProperty by) {
        Approval() {
            this(new SimpleObjectProperty<>(), new SimpleStringProperty(""));
        }
    }

    /** 发放: the day paid and the payroll's reference. */
    public record Payment(ObjectProperty<LocalDate> on, StringProperty payrollRef) {
        Payment() {
            this(new SimpleObjectProperty<>(), new SimpleStringProperty(""));
        }
    }
}
