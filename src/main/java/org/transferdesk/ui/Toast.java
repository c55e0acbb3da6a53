package org.transferdesk.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A short notice drawn at the top centre of a window, below its menu, in the app's theme and font, and gone after a
 * few seconds or a click. It replaces ControlsFX's notification popup, which never got the CJK font (Chinese showed
 * as boxes on Linux) and covered an editor's buttons at the bottom right. A window shows one notice at a time: a
 * newer one replaces it.
 */
final class Toast {
    private static final String KEY = Toast.class.getName();
    private static final Duration SHOWN = Duration.seconds(4);
    private static final Duration SHOWN_WITH_ACTION = Duration.seconds(8);
    private static final double BELOW_TOP = 56;

    private Toast() {
    }

    /** {@code actionText} and {@code action}: a link in the notice (e.g. 打开文件夹), or both null. */
    static void show(Window owner, String message, String actionText, Runnable action) {
        if (owner.getProperties().get(KEY) instanceof Popup shown) {
            shown.hide();
        }
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(Math.max(240, owner.getWidth() * 0.6));
        HBox box = new HBox(12, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("toast");
        Theme.apply(box);
        // the theme's named colours are declared on .root, which a popup's own root does not carry
        box.getStyleClass().addAll("root", "toast");
        Popup popup = new Popup();
        if (action != null) {
            Hyperlink link = new Hyperlink(actionText);
            link.getStyleClass().add("toast-action");
            link.setOnAction(e -> {
                popup.hide();
                action.run();
            });
            box.getChildren().add(link);
        }
        box.setOnMouseClicked(e -> popup.hide());
        popup.getContent().add(box);
        popup.setAutoFix(true);
        popup.setHideOnEscape(true);
        owner.getProperties().put(KEY, popup);
        popup.setOnHidden(e -> owner.getProperties().remove(KEY, popup));
        popup.show(owner);
        popup.setX(owner.getX() + (owner.getWidth() - box.getWidth()) / 2);
        popup.setY(owner.getY() + BELOW_TOP);
        PauseTransition hide = new PauseTransition(action == null ? SHOWN : SHOWN_WITH_ACTION);
        hide.setOnFinished(e -> popup.hide());
        hide.play();
    }
}
