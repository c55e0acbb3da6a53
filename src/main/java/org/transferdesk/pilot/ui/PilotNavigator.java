package org.transferdesk.pilot.ui;

/** Opens pilot case editors; implemented by the main window. */
public interface PilotNavigator {
    /** The editor of a saved case. */
    void openCase(long id);

    /**
     * The editor of a new case for the result (PilotService.draftFor); an ineligible result or one with an
     * open case is refused with the service's message.
     */
    void startCase(long disclosureId);
}
