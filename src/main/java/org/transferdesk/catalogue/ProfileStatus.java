package org.transferdesk.catalogue;

import org.transferdesk.common.Labeled;

/** Where a result stands in the catalogue: no profile yet (未建), a draft, or published. */
public enum ProfileStatus implements Labeled {
    NONE, DRAFT, PUBLISHED;

    @Override
    public String labelPrefix() {
        return "catalogueStatus";
    }
}
