package org.transferdesk.disclosure.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.transferdesk.common.Percent;
import org.transferdesk.disclosure.Inventor;
import org.transferdesk.people.ui.ShareRow;

/** One editable inventor line: a person with a share, who may be a key contributor. */
public final class InventorRow extends ShareRow {
    private final BooleanProperty keyContributor = new SimpleBooleanProperty();

    public InventorRow(long personId, String staffNo, String name, String share, boolean key) {
        super(personId, staffNo, name, share);
        this.keyContributor.set(key);
    }

    public static InventorRow of(Inventor inventor) {
        return new InventorRow(inventor.personId(), inventor.staffNo(), inventor.name(),
                inventor.share().percent().toPlainString(), inventor.keyContributor());
    }

    /** The inventor, with a zero share when the text is not a number (the validator then names it). */
    public Inventor toInventor() {
        return new Inventor(personId(), staffNo(), name(), typedShare().orElse(Percent.ZERO), keyContributor.get());
    }

    public BooleanProperty keyContributorProperty() {
        return keyContributor;
    }
}
