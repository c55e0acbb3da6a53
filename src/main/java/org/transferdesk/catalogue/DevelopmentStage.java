package org.transferdesk.catalogue;

import org.transferdesk.common.Labeled;

/**
 * How far a result is from a product (成熟度), as catalogues and provincial platforms ask for it. Offices that
 * speak in TRL give the level as well ({@link CatalogueEntry#trl()}); the stage is what a company reads first.
 */
public enum DevelopmentStage implements Labeled {
    LABORATORY, SMALL_PILOT, PILOT, INDUSTRIAL;

    @Override
    public String labelPrefix() {
        return "catalogueStage";
    }
}
