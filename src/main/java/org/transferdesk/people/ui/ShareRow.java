package org.transferdesk.people.ui;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.transferdesk.common.Percent;

/**
 * A person on an editor's share table (a result's inventors, a pilot case's team): who, and their share as typed. The
 * share stays text until saved, so half-typed input is never lost; the validators name a share that is no number.
 */
public class ShareRow {
    private final long personId;
    private final String staffNo;
    private final String name;
    private final StringProperty share = new SimpleStringProperty("");

    protected ShareRow(long personId, String staffNo, String name, String share) {
        this.personId = personId;
        this.staffNo = staffNo;
        this.name = name;
        this.share.set(share);
    }

    /** The share typed, when it is a number. */
    public final Optional<Percent> typedShare() {
        return Percent.parsePercent(share.get());
    }

    public final boolean shareIsNumber() {
        return typedShare().isPresent();
    }

    public final long personId() {
        return personId;
    }

    public final String staffNo() {
        return staffNo;
    }

    public final String name() {
        return name;
    }

    public final StringProperty shareProperty() {
        return share;
    }
}
