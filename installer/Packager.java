import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds TransferDesk's runtime image, app image and native installers with the JDK's own tools, from a
 * Java program so the same build works on Windows, Linux and macOS with nothing but a JDK:
 *
 * <ol>
 *   <li>{@code jdeps} lists the JDK, JavaFX and ControlsFX modules the app and its libraries use;</li>
 *   <li>{@code jmod} turns the JavaFX graphics jar into a jmod whose native libraries sit in the runtime's
 *       library folder (loaded directly, not unpacked into the user's home at first start);</li>
 *   <li>{@code jlink} builds the minimal runtime ({@code jlink.args}, plus {@code extra-modules.txt}), and its
 *       {@code java -Xshare:dump} the class-data-sharing archive;</li>
 *   <li>{@code jpackage} builds the app image, then each native package from it.</li>
 * </ol>
 *
 * Run from the project root after {@code mvn package} (the {@code installer} profile does exactly that):
 * {@code java installer/Packager.java --version 0.1.0 --app-jar target/transferdesk-app.jar
 * --libs target/installer/libs --work target/installer --types app-image,deb}.
 */
public final class Packager {
    static final String NAME = "TransferDesk";
    static final Path HERE = Path.of("installer");

    private final String version;
    private final Path appJar;
    private final Path libs;
    private final Path work;
    private final List<String> types;
    private final String windowsScope;
    private final Os os = Os.current();

    Packager(String version, Path appJar, Path libs, Path work, List<String> types, String windowsScope) {
        this.version = version;
        this.appJar = appJar;
        this.libs = libs;
        this.work = work;
        this.types = types;
        this.windowsScope = windowsScope;
    }

    public static void main(String[] args) throws IOException {
        String version = null;
        Path appJar = null;
        Path libs = null;
        Path work = Path.of("target", "installer");
        List<String> types = List.of("app-image");
        String scope = "machine";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--version" -> version = value;
                case "--app-jar" -> appJar = Path.of(value);
                case "--libs" -> libs = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--types" -> types = List.of(value.split(","));
                case "--windows-scope" -> scope = value;
                default -> throw usage("unknown option " + args[i]);
            }
            i++;
        }
        if (version == null || appJar == null || libs == null) {
            throw usage("--version, --app-jar and --libs are required");
        }
        if (!Set.of("machine", "user").contains(scope)) {
            throw usage("--windows-scope must be machine or user");
        }
        new Packager(version, appJar, libs, work, types, scope).run();
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\nusage: java installer/Packager.java --version V --app-jar JAR"
                + " --libs DIR [--work DIR] [--types app-image,deb|msi|dmg] [--windows-scope machine|user]");
    }

    void run() throws IOException {
        Path input = fresh(work.resolve("input"));
        Path toolkit = fresh(work.resolve("toolkit"));
        sortLibraries(input, toolkit);
        Files.copy(appJar, input.resolve("transferdesk.jar"));

        Set<String> modules = new LinkedHashSet<>(usedModules(input, toolkit));
        modules.addAll(lines(HERE.resolve("extra-modules.txt")));
        Files.writeString(work.resolve("modules.txt"), String.join("\n", modules) + "\n");
        System.out.println("Runtime modules: " + String.join(",", modules));

        Path runtime = work.resolve("runtime");
        deleteTree(runtime);
        tool("jlink", "@" + HERE.resolve("jlink.args"),
                "--module-path", toolkitModulePath(toolkit),
                "--add-modules", String.join(",", modules),
                "--output", runtime.toString());

        classDataSharing(runtime);

        Path images = fresh(work.resolve("image"));
        List<String> image = new ArrayList<>(List.of("--type", "app-image",
                "@" + HERE.resolve("jpackage/app.args"),
                "--app-version", version,
                "--input", input.toString(), "--main-jar", "transferdesk.jar",
                "--runtime-image", runtime.toString(),
                "--icon", os.icon().toString(),
                "--dest", images.toString()));
        optionalArgs(image, HERE.resolve(os.folder + "/app.args"));
        tool("jpackage", image.toArray(String[]::new));
        Path appImage = images.resolve(os.imageName());
        System.out.printf(Locale.ROOT, "App image: %s (%.1f MB)%n", appImage, size(appImage) / 1e6);

        Path packages = work.resolve("packages");
        for (String type : types) {
            if (!type.equals("app-image")) {
                Files.createDirectories(packages);
                packageImage(type, appImage, packages);
            }
        }
    }

    /**
     * The runtime's default class-data-sharing archive (lib/server/classes.jsa), which jlink in JDK 17 does not
     * write: the JDK's classes are then mapped from one file instead of unpacked from the compressed modules
     * image at every start (about 0.2-0.4 s of the first window's time, for 12 MB).
     */
    private void classDataSharing(Path runtime) throws IOException {
        Path java = runtime.resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java");
        System.out.println("> " + java + " -Xshare:dump");
        Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (dump.waitFor() != 0) {
                throw new IllegalStateException("java -Xshare:dump failed with exit code " + dump.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("java -Xshare:dump was interrupted", e);
        }
    }

    /** JavaFX and ControlsFX go into the runtime as modules; everything else stays on the class path. */
    private void sortLibraries(Path input, Path toolkit) throws IOException {
        try (Stream<Path> jars = Files.list(libs)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    // Maven brings each JavaFX artifact twice: an empty jar and the platform's (-win, -linux …).
                    if (name.matches("javafx-.*-(win|linux|mac)(-aarch64)?\\.jar")) {
                        Files.copy(jar, toolkit.resolve(name));
                    }
                } else if (name.startsWith("controlsfx-")) {
                    Files.copy(jar, toolkit.resolve(name));
                } else {
                    Files.copy(jar, input.resolve(name));
                }
            }
        }
    }

    private List<String> usedModules(Path input, Path toolkit) throws IOException {
        String classPath;
        try (Stream<Path> jars = Files.list(input)) {
            classPath = jars.filter(p -> !p.getFileName().toString().equals("transferdesk.jar"))
                    .map(Path::toString).sorted().collect(Collectors.joining(java.io.File.pathSeparator));
        }
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--recursive",
                "--multi-release", String.valueOf(Runtime.version().feature()),
                "--module-path", toolkit.toString(), "--class-path", classPath,
                input.resolve("transferdesk.jar").toString());
        return List.of(out.strip().split(","));
    }

    /** The toolkit jars, with javafx.graphics replaced by a jmod that carries its native libraries. */
    private String toolkitModulePath(Path toolkit) throws IOException {
        Path jmods = fresh(work.resolve("jmods"));
        List<String> path = new ArrayList<>();
        path.add(jmods.toString());
        try (Stream<Path> jars = Files.list(toolkit)) {
            for (Path jar : jars.sorted().toList()) {
                if (jar.getFileName().toString().startsWith("javafx-graphics-")) {
                    graphicsJmod(jar, jmods.resolve("javafx.graphics.jmod"));
                } else {
                    path.add(jar.toString());
                }
            }
        }
        return String.join(java.io.File.pathSeparator, path);
    }

    private void graphicsJmod(Path jar, Path jmod) throws IOException {
        Path classes = fresh(work.resolve("graphics/classes"));
        Path natives = fresh(work.resolve("graphics/libs"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (e.isDirectory() || name.equals("META-INF/MANIFEST.MF") || name.equals("javafx-swt.jar")) {
                    continue; // javafx-swt.jar is the SWT bridge, which TransferDesk does not use
                }
                boolean nativeLib = !name.contains("/") && name.matches(".*\\.(so|dll|dylib)");
                Path target = (nativeLib ? natives : classes).resolve(name).normalize();
                if (!target.startsWith(nativeLib ? natives : classes)) {
                    throw new IOException("Unexpected entry " + name + " in " + jar);
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        tool("jmod", "create", "--class-path", classes.toString(), "--libs", natives.toString(), jmod.toString());
    }

    private void packageImage(String type, Path appImage, Path dest) throws IOException {
        if (!os.types.contains(type)) {
            throw new IllegalArgumentException("jpackage builds " + type + " packages only on their own OS; this "
                    + os.folder + " machine builds " + os.types);
        }
        List<String> args = new ArrayList<>(List.of("--type", type,
                "@" + HERE.resolve("jpackage/package.args"),
                "@" + HERE.resolve(os.folder + "/" + type + ".args"),
                "--app-version", version,
                "--app-image", appImage.toString(),
                "--file-associations", HERE.resolve("jpackage/tdbackup.properties").toString(),
                "--dest", dest.toString()));
        if (os == Os.WINDOWS && windowsScope.equals("user")) {
            args.add("@" + HERE.resolve("windows/per-user.args"));
        }
        if (os == Os.LINUX) {
            args.addAll(List.of("--icon", os.icon().toString()));
        }
        tool("jpackage", args.toArray(String[]::new));
        try (Stream<Path> built = Files.list(dest)) {
            built.filter(p -> p.getFileName().toString().endsWith("." + type)).forEach(p -> System.out.printf(
                    Locale.ROOT, "Package: %s (%.1f MB)%n", p, size(p) / 1e6));
        }
    }

    private static void optionalArgs(List<String> args, Path file) {
        if (Files.isRegularFile(file)) {
            args.add("@" + file);
        }
    }

    /**
     * Runs a tool of the JDK running this program (its own launcher, which also reads the @argument files);
     * its output is returned and shown, a failure stops the build.
     */
    static String tool(String name, String... args) throws IOException {
        Path exe = Path.of(System.getProperty("java.home"), "bin", Os.current() == Os.WINDOWS ? name + ".exe" : name);
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException(exe + " not found: run with a full JDK 17 or newer");
        }
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(List.of(args));
        System.out.println("> " + name + " " + String.join(" ", args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.Charset.defaultCharset());
        System.out.print(out);
        try {
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException(name + " failed with exit code " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
        return out;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static Path fresh(Path dir) throws IOException {
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static long size(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What differs by the OS the packages are built on (jpackage builds only for its own OS). */
    enum Os {
        WINDOWS("windows", "transferdesk.ico", List.of("msi", "exe")),
        LINUX("linux", "transferdesk.png", List.of("deb", "rpm")),
        MAC("macos", "transferdesk.icns", List.of("dmg", "pkg"));

        final String folder;
        final String iconFile;
        final List<String> types;

        Os(String folder, String iconFile, List<String> types) {
            this.folder = folder;
            this.iconFile = iconFile;
            this.types = types;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        Path icon() {
            return HERE.resolve("icons").resolve(iconFile);
        }

        /** The app image's folder name: jpackage adds .app on macOS. */
        String imageName() {
            return this == MAC ? NAME + ".app" : NAME;
        }
    }
}
