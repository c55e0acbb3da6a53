package org.transferdesk.deal.ui;

/** Opens deal editors; implemented by the main window (like {@link org.transferdesk.ui.Navigator}). */
public interface DealNavigator {
    void openDeal(long id);

    void newDeal();
}
