package org.transferdesk.ui.help;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.TaskExecutor;
import org.transferdesk.ui.Theme;

/**
 * The 帮助 window: the user guide and the rule book, a contents list, back, and find-in-page. One window for the
 * app; opening help again shows the place asked for in it. The pages are read from the jar off the UI thread.
 */
public final class HelpWindow {
    private static final String STYLESHEET = HelpWindow.class.getResource("help.css").toExternalForm();
    private static TaskExecutor executor = new CurrentThreadTaskExecutor();
    private static HelpBook book;
    private static HelpWindow window;

    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final TreeView<Entry> contents = new TreeView<>(new TreeItem<>());
    private final TextField find = new TextField();
    private final Label findCount = new Label();
    private final Button back = new Button(I18n.t("help.back"));
    private final Map<String, MarkdownRenderer.Rendered> rendered = new HashMap<>();
    private final Deque<HelpTarget> history = new ArrayDeque<>();
    private HelpTarget current;
    private MarkdownRenderer.Rendered page;
    /** The anchor last jumped to, kept in view while screenshots above it load, until the reader scrolls. */
    private Node pinned;
    private Node hit;
    /** Set while the contents list follows the page shown, so its selection does not navigate. */
    private boolean followingPage;

    /** One entry of the contents list. */
    private record Entry(String title, HelpTarget target) {
    }

    private HelpWindow() {
        stage.setTitle(I18n.t("help.title"));
        back.setId("helpBack");
        back.setDisable(true);
        back.setOnAction(e -> back());
        Button guide = new Button(I18n.t("help.guide"));
        guide.setOnAction(e -> go(new HelpTarget(HelpBook.GUIDE, "")));
        Button rules = new Button(I18n.t("help.rules"));
        rules.setOnAction(e -> go(new HelpTarget(HelpBook.RULES, "")));
        find.setId("helpFind");
        find.setPromptText(I18n.t("help.find"));
        find.textProperty().addListener((o, a, b) -> findNext(true));
        find.setOnAction(e -> findNext(false));
        findCount.setId("helpFindCount");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(back, guide, rules, spring, find, findCount);

        contents.setId("helpContents");
        contents.setShowRoot(false);
        contents.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.title());
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!followingPage && item != null && item.getValue() != null
                    && !item.getValue().target().equals(current)) {
                go(item.getValue().target());
            }
        });
        scroll.setId("helpScroll");
        scroll.setFitToWidth(true);
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> pinned = null);
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pinned = null);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> keepPinned());
        SplitPane split = new SplitPane(contents, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(contents, false);
        BorderPane root = new BorderPane(split);
        root.setTop(bar);
        root.setId("helpWindow");
        Theme.apply(root);
        root.getStylesheets().add(STYLESHEET);
        Scene scene = new Scene(root, 1100, 760);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), find::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setOnHidden(e -> window = null);
    }

    /** The app's executor reads the pages; until it is given (tests), they are read where help is asked for. */
    public static void install(TaskExecutor taskExecutor) {
        executor = taskExecutor;
        // read now, off the UI thread: a message citing a rule links it only once the book says the rule exists
        executor.execute(BackgroundTask.of(p -> HelpBook.load()).onSuccess(loaded -> {
            if (book == null) {
                book = loaded;
            }
        }));
    }

    /** Whether the rule book defines {@code ruleId} (false until the book is read, see {@link #install}). */
    public static boolean definesRule(String ruleId) {
        return book != null && book.rule(ruleId).isPresent();
    }

    /** Shows the help window at the target, opening it if needed. */
    public static void open(HelpTarget target) {
        if (window == null) {
            window = new HelpWindow();
        }
        HelpWindow w = window;
        w.stage.show();
        w.stage.toFront();
        if (book != null) {
            w.fillContents();
            w.go(target);
            return;
        }
        w.scroll.setContent(new Label(I18n.t("help.loading")));
        executor.execute(BackgroundTask.of(p -> HelpBook.load()).onSuccess(loaded -> {
            book = loaded;
            if (window == w) {
                w.fillContents();
                w.go(target);
            }
        }));
    }

    /** Shows the rule book at a rule's paragraph ({@code R-NET}); its page's top if the book does not define it. */
    public static void openRule(String ruleId) {
        if (book == null) {
            executor.execute(BackgroundTask.of(p -> HelpBook.load()).onSuccess(loaded -> {
                book = loaded;
                openRule(ruleId);
            }));
            return;
        }
        open(book.rule(ruleId).orElse(new HelpTarget(HelpBook.RULES, "")));
    }

    /** The window on screen, if any (tests look inside it). */
    static Optional<Stage> shown() {
        return Optional.ofNullable(window).map(w -> w.stage);
    }

    /** The page and anchor shown (tests). */
    static Optional<HelpTarget> currentTarget() {
        return Optional.ofNullable(window).map(w -> w.current);
    }

    /** The node of an anchor on the page shown (tests). */
    static Optional<Node> anchorNode(String anchor) {
        return Optional.ofNullable(window).map(w -> w.page).map(p -> p.anchors().get(anchor));
    }

    private void fillContents() {
        TreeItem<Entry> root = contents.getRoot();
        if (!root.getChildren().isEmpty()) {
            return;
        }
        root.setExpanded(true);
        for (HelpBook.Page p : book.pages()) {
            TreeItem<Entry> item = new TreeItem<>(new Entry(p.title(), new HelpTarget(p.path(), "")));
            for (HelpBook.Section s : p.sections()) {
                if (s.level() >= 2 && s.level() <= 3) {
                    item.getChildren().add(new TreeItem<>(new Entry(s.title(), new HelpTarget(p.path(), s.anchor()))));
                }
            }
            root.getChildren().add(item);
        }
    }

    private void go(HelpTarget target) {
        if (current != null && !current.equals(target)) {
            history.push(current);
        }
        show(target);
    }

    private void back() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    private void show(HelpTarget target) {
        HelpTarget shown = book.page(target.page()).isPresent() ? target : new HelpTarget(HelpBook.GUIDE, "");
        String path = shown.page();
        page = rendered.computeIfAbsent(path, this::render);
        current = shown;
        back.setDisable(history.isEmpty());
        if (scroll.getContent() != page.content()) {
            scroll.setContent(page.content());
        }
        selectInContents(shown);
        pinned = shown.anchor().isEmpty() ? null : page.anchors().get(shown.anchor());
        if (pinned == null) {
            scroll.setVvalue(0);
        }
        find.clear();
        keepPinned();
        // the first layout of a new window wraps the text at its preferred width; the next pulse has the real one
        javafx.application.Platform.runLater(this::keepPinned);
    }

    private MarkdownRenderer.Rendered render(String path) {
        MarkdownRenderer.Rendered r = MarkdownRenderer.render(book.page(path).orElseThrow(),
                href -> HelpBook.resolve(path, href).filter(t -> book.page(t.page()).isPresent()).ifPresent(this::go));
        r.content().layoutBoundsProperty().addListener((o, a, b) -> keepPinned());
        return r;
    }

    private void selectInContents(HelpTarget target) {
        for (TreeItem<Entry> p : contents.getRoot().getChildren()) {
            if (!p.getValue().target().page().equals(target.page())) {
                continue;
            }
            TreeItem<Entry> match = p.getChildren().stream()
                    .filter(s -> s.getValue().target().equals(target)).findFirst().orElse(p);
            p.setExpanded(true);
            followingPage = true;
            try {
                contents.getSelectionModel().select(match);
            } finally {
                followingPage = false;
            }
            int row = contents.getRow(match);
            if (row >= 0) {
                contents.scrollTo(Math.max(0, row - 3));
            }
            return;
        }
    }

    private void keepPinned() {
        if (pinned != null) {
            scrollTo(pinned);
        }
    }

    private void scrollTo(Node node) {
        if (scrolling) {
            return;
        }
        scrolling = true;
        try {
            Node content = scroll.getContent();
            scroll.applyCss();
            scroll.layout();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, inContent.getMinY() - 8) / room));
        } finally {
            scrolling = false;
        }
    }

    /** Set while scrolling lays the page out, whose size changes would ask to scroll again. */
    private boolean scrolling;

    /** Finds the query in the page's blocks: from the top as it is typed, then on to the next on Enter. */
    private void findNext(boolean fromTop) {
        if (hit != null) {
            hit.getStyleClass().remove("help-find-hit");
            hit = null;
        }
        String query = find.getText().strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty() || page == null) {
            findCount.setText("");
            return;
        }
        List<Node> matches = page.blocks().entrySet().stream()
                .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(query)).map(Map.Entry::getKey).toList();
        if (matches.isEmpty()) {
            findCount.setText(I18n.t("help.find.none"));
            return;
        }
        int index = fromTop || lastHit == null ? 0 : (matches.indexOf(lastHit) + 1) % matches.size();
        hit = matches.get(index);
        lastHit = hit;
        hit.getStyleClass().add("help-find-hit");
        findCount.setText(I18n.t("help.find.count", index + 1, matches.size()));
        pinned = null;
        scrollTo(hit);
    }

    private Node lastHit;
}
