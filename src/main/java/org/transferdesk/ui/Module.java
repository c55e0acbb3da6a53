package org.transferdesk.ui;

import org.transferdesk.common.Labeled;

/** The modules in the navigation; only modules that work are listed. */
public enum Module implements Labeled {
    HOME, DUE, RESULTS, IP, CATALOGUE, DEALS, MATCHING, REWARDS, PILOTS, REPORT, COUNTERPARTIES, NEEDS, COMPANIES,
    INSTITUTIONS, EVENTS, PEOPLE, SETTINGS;

    @Override
    public String labelPrefix() {
        return "module";
    }
}
