package org.transferdesk.app;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/** TransferDesk's own icon for its windows, in the sizes the OS picks from (title bar, task bar, Alt+Tab). */
final class AppIcons {
    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static List<Image> loaded;

    private AppIcons() {
    }

    static synchronized List<Image> all() {
        if (loaded == null) {
            loaded = SIZES.stream()
                    .flatMap(size -> Stream.ofNullable(AppIcons.class.getResource("icons/transferdesk-" + size + ".png")))
                    .map(url -> new Image(url.toExternalForm()))
                    .toList();
        }
        return loaded;
    }
}
