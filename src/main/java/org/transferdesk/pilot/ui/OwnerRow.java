package org.transferdesk.pilot.ui;

import org.transferdesk.people.ui.ShareRow;
import org.transferdesk.pilot.PilotOwner;

/** A team member in the editor: who, and their part of the team's share as typed (percent). */
public final class OwnerRow extends ShareRow {
    public OwnerRow(long personId, String staffNo, String name, String share) {
        super(personId, staffNo, name, share);
    }

    public static OwnerRow of(PilotOwner o) {
        return new OwnerRow(o.personId(), o.staffNo(), o.name(), o.share() == null ? "" : o.share().percent().toPlainString());
    }

    /** The member with the share typed; a share that is not a number is empty (the service refuses it). */
    public PilotOwner owner() {
        return new PilotOwner(personId(), staffNo(), name(), typedShare().orElse(null));
    }

    @Override
    public String toString() {
        return name() + (staffNo() == null ? "" : " (" + staffNo() + ")");
    }
}
