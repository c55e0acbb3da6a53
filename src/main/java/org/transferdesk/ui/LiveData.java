package org.transferdesk.ui;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * A screen's hold on the data events, bounded by its time on screen (Bisq 2's onActivate/onDeactivate is the
 * model). Pages are built once and kept while the user is elsewhere; without this, each saved record reloaded
 * every page opened since the start, in the background, for nobody. A relevant change while the screen is shown
 * reaches it at once; while it is hidden the change is only noted, and the screen reloads once when shown again.
 * A screen never told otherwise counts as shown, so a view model on its own (in a test, say) hears every change.
 */
public final class LiveData {
    private final Predicate<DataEvents.Change> relevant;
    private final Consumer<DataEvents.Change> whileShown;
    private final Runnable reload;
    private final DataEvents.Subscription subscription;
    private boolean shown = true;
    private boolean stale;

    private LiveData(DataEvents events, Predicate<DataEvents.Change> relevant,
                     Consumer<DataEvents.Change> whileShown, Runnable reload) {
        this.relevant = relevant;
        this.whileShown = whileShown;
        this.reload = reload;
        this.subscription = events.subscribe(this::changed);
    }

    /** Reloads on every change of interest; while hidden, once on being shown again. */
    public static LiveData reloading(DataEvents events, Predicate<DataEvents.Change> relevant, Runnable reload) {
        return new LiveData(events, relevant, change -> reload.run(), reload);
    }

    /**
     * Hands each change of interest to {@code whileShown} (which may refresh one row); a change missed while hidden
     * calls for the whole {@code reload}, since which rows it touched is not kept.
     */
    public static LiveData following(DataEvents events, Predicate<DataEvents.Change> relevant,
                                     Consumer<DataEvents.Change> whileShown, Runnable reload) {
        return new LiveData(events, relevant, whileShown, reload);
    }

    private void changed(DataEvents.Change change) {
        if (!relevant.test(change)) {
            return;
        }
        if (shown) {
            whileShown.accept(change);
        } else {
            stale = true;
        }
    }

    /** The screen came into view or left it; coming back after a missed change reloads once. */
    public void setShown(boolean now) {
        shown = now;
        if (now && stale) {
            stale = false;
            reload.run();
        }
    }

    public boolean isShown() {
        return shown;
    }

    /** The screen closed for good: it hears nothing more. */
    public void cancel() {
        subscription.cancel();
    }

    /**
     * Tells {@code shown} whether {@code node} is on screen: in a scene whose window is showing. A page swapped out
     * of the main window loses its scene; a closed editor window stops showing.
     */
    public static void whileShown(Node node, Consumer<Boolean> shown) {
        ObservableValue<Boolean> onScreen = node.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        // The listener keeps the mapped value observed; the node's own property holds both, so they live as long
        // as the node does.
        onScreen.addListener((o, was, now) -> shown.accept(now));
        shown.accept(onScreen.getValue());
    }
}
