package org.transferdesk.ui.help;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.transferdesk.common.I18n;

/**
 * A screen's "?" button: opens the user guide at the screen's section. FXML names it with the guide's anchor,
 * {@code <HelpButton topic="help-report"/>}; HelpBookTest checks every topic an FXML names is in the guide.
 */
public final class HelpButton extends Button {
    private String topic = "";

    public HelpButton() {
        super("?");
        getStyleClass().add("help-button");
        setId("helpButton");
        setTooltip(new Tooltip(I18n.t("help.button")));
        setFocusTraversable(false);
        setOnAction(e -> HelpWindow.open(HelpTarget.guide(topic)));
    }

    public HelpButton(String topic) {
        this();
        setTopic(topic);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
