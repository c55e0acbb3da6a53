package org.transferdesk.ui;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * The app stylesheet and a CJK font. JavaFX on Linux does not fall back to a CJK font and only
 * tries the first family of a CSS list, so the first installed family is chosen here and set on
 * every root.
 */
public final class Theme {
    static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei");
    private static final String STYLESHEET = Theme.class.getResource("/org/transferdesk/ui/transferdesk.css")
            .toExternalForm();
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
        root.setStyle("-fx-font-family: \"" + fontFamily() + "\";");
    }
}
