package org.transferdesk.catalogue;

import java.util.Locale;
import java.util.Optional;
import org.transferdesk.common.Problem;

/**
 * Which pictures a profile takes: PNG or JPEG (by their first bytes, not the name), at most {@link #MAX_BYTES} each,
 * so the published site stays light enough for a phone.
 */
public final class CatalogueImages {
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private CatalogueImages() {
    }

    /** Why {@code bytes} may not be a profile's picture, or empty when it may. */
    public static Optional<Problem> refusal(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of(Problem.error("catalogueImage.tooLarge", "images", fileName,
                    String.format(Locale.ROOT, "%.1f", bytes.length / 1024.0 / 1024.0), MAX_BYTES / 1024 / 1024));
        }
        if (extension(bytes).isEmpty()) {
            return Optional.of(Problem.error("catalogueImage.notPicture", "images", fileName));
        }
        return Optional.empty();
    }

    /** ".png" or ".jpg" from the file's signature. */
    public static Optional<String> extension(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of(".png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(".jpg");
        }
        return Optional.empty();
    }
}
