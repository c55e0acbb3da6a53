package org.transferdesk.pilot.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.Percent;
import org.transferdesk.pilot.PilotOwner;

/** A team member in the editor: who, and their part of the team's share as typed (percent). */
public final class OwnerRow {
    private final long personId;
    private final String staffNo;
    private final String name;
    private final StringProperty share = new SimpleStringProperty("");

    public OwnerRow(long personId, String staffNo, String name, String share) {
        this.personId = personId;
        this.staffNo = staffNo;
        this.name = name;
        this.share.set(share);
    }

    public static OwnerRow of(PilotOwner o) {
        return new OwnerRow(o.personId(), o.staffNo(), o.name(), o.share() == null ? "" : o.share().percent().toPlainString());
    }

    /** The member with the share typed; a share that is not a number is empty (the service refuses it). */
    public PilotOwner owner() {
        return new PilotOwner(personId, staffNo, name, Percent.parsePercent(share.get()).orElse(null));
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

    @Override
    public String toString() {
        return name + (staffNo == null ? "" : " (" + staffNo + ")");
    }
}
