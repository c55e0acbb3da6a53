package org.transferdesk.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;

/**
 * The app stylesheet and a CJK font. JavaFX on Linux does not fall back to a CJK font and only
 * tries the first family of a CSS list, so the first installed family is chosen here and set on
 * every root. The root also carries the font size of the user's zoom; the stylesheets give every other size in em,
 * so text, and the controls sized by it, grow and shrink together on every window, open ones included.
 */
public final class Theme {
    static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei");
    private static final String STYLESHEET = Theme.class.getResource("/org/transferdesk/ui/transferdesk.css")
            .toExternalForm();
    /** The zoom steps offered, in percent of the normal size (issue 24, item 16). */
    public static final List<Integer> ZOOMS = List.of(90, 100, 110, 125, 150);
    static final int NORMAL = 100;
    /** The size of ordinary text at 100 %, in pixels: what the stylesheets' em sizes are relative to. */
    private static final double BASE_PX = 13;
    private static final IntegerProperty ZOOM = new SimpleIntegerProperty(NORMAL);
    private static final StringBinding ROOT_STYLE = Bindings.createStringBinding(() -> String.format(Locale.ROOT,
            "-fx-font-family: \"%s\"; -fx-font-size: %.2fpx;", fontFamily(), BASE_PX * ZOOM.get() / NORMAL), ZOOM);
    private static final String ZOOM_FOLLOWER = "transferdesk.zoomFollower";
    private static String family;

    private Theme() {
    }

    public static synchronized String fontFamily() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
        }
        return family;
    }

    public static void apply(Parent root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
        // A bound style follows later zoom changes; the binding holds the root only weakly, so a closed window goes.
        root.styleProperty().bind(ROOT_STYLE);
    }

    /** The zoom in percent, one of {@link #ZOOMS}; changing it restyles every window. Only on the UI thread. */
    public static IntegerProperty zoomProperty() {
        return ZOOM;
    }

    /** The step a saved or typed zoom stands for: the nearest offered one, so a hand-edited file cannot break the UI. */
    public static int nearestZoom(int percent) {
        int best = NORMAL;
        for (int z : ZOOMS) {
            if (Math.abs(z - percent) < Math.abs(best - percent)) {
                best = z;
            }
        }
        return best;
    }

    /**
     * Sets a table column's width, given for 100 %, at the zoom in use, and keeps it in step with later changes (a
     * width the user dragged is kept in proportion). Stylesheets cannot size columns, so tables do it here.
     */
    public static void zoomedWidth(TableColumnBase<?, ?> column, double px) {
        column.setPrefWidth(px * ZOOM.get() / NORMAL);
        ChangeListener<Number> follow = (o, was, now) ->
                column.setPrefWidth(column.getPrefWidth() * now.doubleValue() / was.doubleValue());
        // The column holds its listener; the zoom holds it weakly, so a closed window's columns can go.
        column.getProperties().put(ZOOM_FOLLOWER, follow);
        ZOOM.addListener(new WeakChangeListener<>(follow));
    }

    static boolean followsZoom(TableColumnBase<?, ?> column) {
        return column.getProperties().containsKey(ZOOM_FOLLOWER);
    }

    /** The next step up ({@code +1}) or down ({@code -1}) from the current zoom, staying within the offered range. */
    public static int zoomStep(int current, int direction) {
        int at = ZOOMS.indexOf(nearestZoom(current)) + direction;
        return ZOOMS.get(Math.max(0, Math.min(ZOOMS.size() - 1, at)));
    }
}
