package org.transferdesk.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.transferdesk.db.ServerAddress;

/**
 * Per-user preferences kept in {@code settings.properties} in the data folder: language, window
 * placement, first-start choices. Office rules (rates, periods) are not here: they live in the
 * database with a date of effect.
 */
public final class UserSettings {
    private final Path file;
    private final Properties props = new Properties();

    public UserSettings(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                // A damaged settings file must not stop the app: start from defaults.
                props.clear();
            }
        }
    }

    public Locale language() {
        return "en".equals(props.getProperty("language")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public void setLanguage(Locale locale) {
        props.setProperty("language", "en".equals(locale.getLanguage()) ? "en" : "zh");
    }

    /** The text size chosen in 视图 › 字号, in percent of normal (100 until chosen). */
    public int zoom() {
        try {
            return Integer.parseInt(props.getProperty("zoom", "100").strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public void setZoom(int percent) {
        props.setProperty("zoom", Integer.toString(percent));
    }

    public boolean hasLanguage() {
        return props.containsKey("language");
    }

    public Optional<WindowPlacement> window() {
        try {
            if (!props.containsKey("window.width")) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(d("window.x"), d("window.y"), d("window.width"), d("window.height"),
                    Boolean.parseBoolean(props.getProperty("window.maximized"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowPlacement w) {
        props.setProperty("window.x", Long.toString(Math.round(w.x())));
        props.setProperty("window.y", Long.toString(Math.round(w.y())));
        props.setProperty("window.width", Long.toString(Math.round(w.width())));
        props.setProperty("window.height", Long.toString(Math.round(w.height())));
        props.setProperty("window.maximized", Boolean.toString(w.maximized()));
    }

    /**
     * The office's shared database this user works on (issue 21), when chosen in Settings; without it, the data
     * folder's own. Only the address and login are kept: the password is asked at each start (or taken from
     * TRANSFERDESK_DB_PASSWORD), never written here.
     */
    public Optional<ServerAddress> sharedDatabase() {
        String address = props.getProperty("db.shared.address");
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ServerAddress.parse(address, props.getProperty("db.shared.user")));
        } catch (RuntimeException e) {
            // a hand-edited address that no longer reads: the app starts on the data folder's database
            return Optional.empty();
        }
    }

    public void setSharedDatabase(ServerAddress server) {
        if (server == null) {
            props.remove("db.shared.address");
            props.remove("db.shared.user");
            return;
        }
        props.setProperty("db.shared.address", server.toString());
        if (server.user() == null) {
            props.remove("db.shared.user");
        } else {
            props.setProperty("db.shared.user", server.user());
        }
    }

    public boolean demoOffered() {
        return Boolean.parseBoolean(props.getProperty("demo.offered"));
    }

    public void setDemoOffered(boolean offered) {
        props.setProperty("demo.offered", Boolean.toString(offered));
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), "TransferDesk");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double d(String key) {
        return Double.parseDouble(props.getProperty(key));
    }

    /** Window bounds in screen coordinates (not a money figure: double is right here). */
    public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    }
}
