package org.transferdesk.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version (from the build). */
public final class AppInfo {
    public static final String NAME = "TransferDesk";
    /**
     * The program's entry point (app.Launcher), by name: the benchmarks start it in child JVMs, and the CLI sits
     * below the app, so it may not name the class itself. LauncherMainClassTest keeps the two in step.
     */
    public static final String MAIN_CLASS = "org.transferdesk.app.Launcher";
    private static final String VERSION = load();

    private AppInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }
}
