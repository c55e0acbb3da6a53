package org.transferdesk.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import org.transferdesk.common.I18n;

/**
 * What every dialog of the app does alike. JavaFX's own {@code ButtonType.OK}/{@code CANCEL} take their text from
 * the JVM's locale when the class loads, so a Chinese UI on an English Windows said OK/Cancel: the buttons here come
 * from the app's bundles. And a dialog is sized once when shown, so a message that appears later (a refused field)
 * was clipped and pushed the buttons out of sight: {@link #refit} sizes it again after its content grew.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** 确定 / OK, in the app's language. */
    public static ButtonType ok() {
        return new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** 取消 / Cancel, in the app's language. */
    public static ButtonType cancel() {
        return new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Gives the pane {@code details} as its expandable content, with the link that shows and hides it in the app's
     * language: JavaFX writes "Show Details"/"Hide Details" from the JVM's locale (issue 24), and rewrites the text
     * at each toggle, so the app's text is written after it, by a listener added after JavaFX's.
     */
    public static void expandableDetails(DialogPane pane, javafx.scene.Node details) {
        pane.setExpandableContent(details);
        if (pane.lookup(".details-button") instanceof javafx.scene.control.Hyperlink link) {
            javafx.beans.InvalidationListener ours = o -> link.setText(
                    I18n.t(pane.isExpanded() ? "dialogsFix.details.hide" : "dialogsFix.details.show"));
            ours.invalidated(null);
            pane.expandedProperty().addListener(ours);
        }
    }

    /** Themed, never smaller than its content, and resizable by the user. */
    public static void fitContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Theme.apply(pane);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        // after each layout pass (CSS applied, so the preferred size is true): grow if the content outgrew the window
        pane.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                refit(dialog);
            }
        });
    }

    /** After the dialog's content grew (a message appeared): the window grows so nothing is clipped. */
    public static void refit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        // the pane may already be laid out taller than its window (its minimum is its preferred size): compare with
        // the window's scene, which is what clips it
        if (dialog.isShowing() && pane.getScene() != null
                && pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight()) {
            pane.getScene().getWindow().sizeToScene();
        }
    }
}
