package org.transferdesk.ui.help;

/** A place in the help: a page of the guide or the rule book ({@code rules/tax.md}) and an anchor on it (may be empty). */
public record HelpTarget(String page, String anchor) {
    public HelpTarget {
        anchor = anchor == null ? "" : anchor;
    }

    /** A section of the user guide, by the anchor the guide sets for it ({@code <a id="help-rewards">}). */
    public static HelpTarget guide(String anchor) {
        return new HelpTarget(HelpBook.GUIDE, anchor);
    }
}
