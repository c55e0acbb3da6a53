package org.transferdesk.due.ui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.due.DueItem;
import org.transferdesk.due.DueKind;

/** Marking the selected item done: on which day, a note, and for a patent fee the amount paid and the receipt. */
public record DoneForm(ObjectProperty<LocalDate> doneOn, StringProperty note, StringProperty paidAmount,
                       StringProperty receiptNo) {
    DoneForm() {
        this(new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""));
    }

    /** Ready for {@code item}: done today, and a fee as the amount due. */
    void startFor(DueItem item, LocalDate today) {
        doneOn.set(today);
        note.set("");
        receiptNo.set("");
        paidAmount.set(item != null && item.kind() == DueKind.PATENT_FEE && item.amount() != null
                ? item.amount().toPlainString() : "");
    }
}
