package org.transferdesk.disclosure.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.Inventor;

/** One editable inventor line: the share is text until saved, so half-typed input is never lost. */
public final class InventorRow {
    private final long personId;
    private final String staffNo;
    private final String name;
    private final StringProperty share = new SimpleStringProperty("");
    private final BooleanProperty keyContributor = new SimpleBooleanProperty();

    public InventorRow(long personId, String staffNo, String name, String share, boolean key) {
        this.personId = personId;
        this.staffNo = staffNo;
        this.name = name;
        this.share.set(share);
        this.keyContributor.set(key);
    }

    public static InventorRow of(Inventor inventor) {
        return new InventorRow(inventor.personId(), inventor.staffNo(), inventor.name(),
                inventor.share().percent().toPlainString(), inventor.keyContributor());
    }

    /** The inventor, with a zero share when the text is not a number (the validator then names it). */
    public Inventor toInventor() {
        return new Inventor(personId, staffNo, name, Percent.parsePercent(share.get()).orElse(Percent.ZERO),
                keyContributor.get());
    }

    public boolean shareIsNumber() {
        return Percent.parsePercent(share.get()).isPresent();
    }

    public long personId() {
        return personId;
    }

    public String staffNo() {
        return staffNo;
    }

    public String name() {
        return name;
    }

    public StringProperty shareProperty() {
        return share;
    }

    public BooleanProperty keyContributorProperty() {
        return keyContributor;
    }
}
