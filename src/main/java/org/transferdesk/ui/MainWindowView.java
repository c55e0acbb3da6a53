package org.transferdesk.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.transferdesk.common.I18n;
import org.transferdesk.search.SearchHit;
import org.transferdesk.ui.help.HelpBook;
import org.transferdesk.ui.help.HelpTarget;
import org.transferdesk.ui.help.HelpWindow;

/** The shell: menu, navigation, global search, the current page and the status bar. */
public final class MainWindowView {
    @FXML
    private BorderPane root;
    @FXML
    private VBox navBar;
    @FXML
    private StackPane content;
    @FXML
    private StatusBar statusBar;
    @FXML
    private TextField globalSearch;
    @FXML
    private Menu goMenu;
    @FXML
    private Menu viewMenu;

    private final MainWindowViewModel viewModel;
    private final Map<Module, Supplier<Page>> pageFactories;
    private final Map<Module, Page> pages = new EnumMap<>(Module.class);
    private final Map<Module, ToggleButton> navButtons = new EnumMap<>(Module.class);
    /**
     * The 转到 menu's keys. None is one a text field takes for itself (Ctrl+H deletes the previous character in a
     * JavaFX text field, so home is Alt+Home, as in a browser), so a shortcut works wherever the focus is.
     */
    private static final Map<Module, String> GO_KEYS = new EnumMap<>(Map.ofEntries(
            Map.entry(Module.HOME, "Alt+Home"), Map.entry(Module.DUE, "Shortcut+0"),
            Map.entry(Module.RESULTS, "Shortcut+1"), Map.entry(Module.IP, "Shortcut+2"),
            Map.entry(Module.PEOPLE, "Shortcut+3"), Map.entry(Module.SETTINGS, "Shortcut+4"),
            Map.entry(Module.DEALS, "Shortcut+5"), Map.entry(Module.COUNTERPARTIES, "Shortcut+6"),
            Map.entry(Module.COMPANIES, "Shortcut+7"), Map.entry(Module.REWARDS, "Shortcut+8"),
            Map.entry(Module.PILOTS, "Shortcut+9"), Map.entry(Module.REPORT, "Shortcut+R"),
            Map.entry(Module.INSTITUTIONS, "Shortcut+J")));
    private final ShellActions actions;
    private final ContextMenu searchPopup = new ContextMenu();
    private Module current;
    private InvalidationListener zoomTicks;

    public MainWindowView(MainWindowViewModel viewModel, Map<Module, Supplier<Page>> pageFactories,
                          ShellActions actions) {
        this.viewModel = viewModel;
        this.pageFactories = pageFactories;
        this.actions = actions;
    }

    public Parent build() {
        Parent parent = ViewLoader.load(this);
        Theme.apply(parent);
        return parent;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Module module : pageFactories.keySet()) {
            ToggleButton button = new ToggleButton(module.label());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setId("nav-" + module.name());
            button.setOnAction(e -> navigate(module));
            navButtons.put(module, button);
            navBar.getChildren().add(button);
        }
        addGoItems();
        addZoomItems();
        // Keep one module selected: clicking the selected button again must not deselect it.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        wireSearch();
        Label who = new Label();
        who.setId("signedInStatus");
        who.getStyleClass().add("status-signed-in");
        who.textProperty().bind(viewModel.signedInProperty());
        statusBar.getRightItems().add(who);
    }

    private void wireSearch() {
        globalSearch.textProperty().bindBidirectional(viewModel.searchTextProperty());
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> viewModel.runSearch());
        globalSearch.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        globalSearch.setOnAction(e -> {
            debounce.stop();
            searchPopup.hide();
            viewModel.openFirstHit();
        });
        globalSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                globalSearch.clear();
                searchPopup.hide();
            } else if (e.getCode() == KeyCode.DOWN && searchPopup.isShowing()) {
                searchPopup.requestFocus();
            }
        });
        searchPopup.getStyleClass().add("search-popup");
        viewModel.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> showHits());
    }

    private void showHits() {
        searchPopup.getItems().clear();
        if (viewModel.hits().isEmpty() || !globalSearch.isFocused() && !searchPopup.isShowing()) {
            searchPopup.hide();
            return;
        }
        for (SearchHit hit : viewModel.hits()) {
            Label label = new Label(hit.toString());
            label.setMaxWidth(420);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> openHit(hit));
            searchPopup.getItems().add(item);
        }
        if (!searchPopup.isShowing()) {
            searchPopup.show(globalSearch, Side.RIGHT, 4, 0);
        }
    }

    private void openHit(SearchHit hit) {
        searchPopup.hide();
        viewModel.open(hit);
    }

    public void show(Module module) {
        if (!pageFactories.containsKey(module)) {
            return;
        }
        Page page = pages.computeIfAbsent(module, m -> pageFactories.get(m).get());
        content.getChildren().setAll(page.node());
        statusBar.textProperty().unbind();
        statusBar.textProperty().bind(page.status());
        current = module;
        ToggleButton button = navButtons.get(module);
        if (button != null) {
            button.setSelected(true);
        }
    }

    /**
     * The user went to {@code module}: typing then goes to the page (its first text box, usually the filter, else
     * its first table), not to the global search box or the menu that was used to get there.
     */
    public void navigate(Module module) {
        show(module);
        Page page = pages.get(module);
        if (page != null) {
            Platform.runLater(() -> firstToType(page.node()).ifPresent(Node::requestFocus));
        }
    }

    static Optional<Node> firstToType(Node page) {
        Predicate<Node> usable = n -> n.isVisible() && !n.isDisabled() && n.isFocusTraversable();
        return page.lookupAll(".text-field").stream().filter(usable).findFirst()
                .or(() -> page.lookupAll(".table-view").stream().filter(usable).findFirst());
    }

    private void addGoItems() {
        int at = 0;
        for (Module module : pageFactories.keySet()) {
            MenuItem item = new MenuItem(module.label());
            item.setId("go-" + module.name());
            item.setOnAction(e -> navigate(module));
            String keys = GO_KEYS.get(module);
            if (keys != null) {
                item.setAccelerator(KeyCombination.keyCombination(keys));
            }
            goMenu.getItems().add(at++, item);
        }
    }

    /**
     * 视图 › 放大/缩小 and one choice per text size. Ctrl+= and Ctrl+− as in a browser (Ctrl+0, a browser's "actual
     * size", already goes to 待办, so 100 % is a choice in the list).
     */
    private void addZoomItems() {
        MenuItem larger = new MenuItem(I18n.t("menu.view.zoomIn"));
        larger.setId("zoomIn");
        larger.setAccelerator(KeyCombination.keyCombination("Shortcut+EQUALS"));
        larger.setOnAction(e -> actions.zoom(Theme.zoomStep(Theme.zoomProperty().get(), 1)));
        MenuItem smaller = new MenuItem(I18n.t("menu.view.zoomOut"));
        smaller.setId("zoomOut");
        smaller.setAccelerator(KeyCombination.keyCombination("Shortcut+MINUS"));
        smaller.setOnAction(e -> actions.zoom(Theme.zoomStep(Theme.zoomProperty().get(), -1)));
        viewMenu.getItems().addAll(larger, smaller, new SeparatorMenuItem());
        ToggleGroup sizes = new ToggleGroup();
        for (int percent : Theme.ZOOMS) {
            RadioMenuItem size = new RadioMenuItem(I18n.t("menu.view.zoom", percent));
            size.setId("zoom-" + percent);
            size.setToggleGroup(sizes);
            size.setOnAction(e -> actions.zoom(percent));
            viewMenu.getItems().add(size);
        }
        selectZoom(sizes);
        // The zoom is app-wide; this window's ticks follow it (weakly: a rebuilt window's old menu can go).
        zoomTicks = o -> selectZoom(sizes);
        Theme.zoomProperty().addListener(new WeakInvalidationListener(zoomTicks));
    }

    private static void selectZoom(ToggleGroup sizes) {
        String id = "zoom-" + Theme.zoomProperty().get();
        sizes.getToggles().forEach(t -> t.setSelected(id.equals(((RadioMenuItem) t).getId())));
    }

    /**
     * Before exit or a change of language: each page holding unsaved work is shown and the user chooses, as in an
     * editor's close prompt, to save, discard or stay; {@code then} runs only when no one chose to stay.
     */
    public void settleUnsaved(DialogService dialogs, Runnable then) {
        settleUnsaved(dialogs, pages.keySet().stream().filter(m -> pages.get(m).unsaved().dirty()).toList(), then);
    }

    private void settleUnsaved(DialogService dialogs, java.util.List<Module> left, Runnable then) {
        if (left.isEmpty()) {
            then.run();
            return;
        }
        Module module = left.get(0);
        show(module);
        UnsavedWork work = pages.get(module).unsaved();
        EditorSession.askBeforeClose(work.dirty(), work::save, dialogs,
                () -> settleUnsaved(dialogs, left.subList(1, left.size()), then));
    }

    /** Whether a page holds unsaved work (the window's close button then asks first). */
    public boolean hasUnsaved() {
        return pages.values().stream().anyMatch(p -> p.unsaved().dirty());
    }

    public Module current() {
        return current;
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void onImport() {
        actions.importLedger();
    }

    @FXML
    private void onTemplate() {
        actions.downloadTemplate();
    }

    @FXML
    private void onExportLedger() {
        actions.exportLedger();
    }

    @FXML
    private void onBackup() {
        actions.backupNow();
    }

    @FXML
    private void onRestore() {
        actions.restoreBackup();
    }

    @FXML
    private void onExit() {
        actions.exit();
    }

    @FXML
    private void onTaxFiling() {
        actions.exportTaxFiling();
    }

    @FXML
    private void onPayroll() {
        actions.exportPayroll();
    }

    @FXML
    private void onRewardStatement() {
        actions.exportRewardStatement();
    }

    @FXML
    private void onAbout() {
        actions.about();
    }

    @FXML
    private void onHelpGuide() {
        HelpWindow.open(new HelpTarget(HelpBook.GUIDE, ""));
    }

    @FXML
    private void onHelpRules() {
        HelpWindow.open(new HelpTarget(HelpBook.RULES, ""));
    }



    /** A count shown on a module's navigation button (e.g. 待办 overdue or due this week); 0 hides it. */
    public void setBadge(Module module, int count) {
        ToggleButton button = navButtons.get(module);
        if (button == null) {
            return;
        }
        if (count <= 0) {
            button.setGraphic(null);
            return;
        }
        javafx.scene.control.Label badge = new javafx.scene.control.Label(count > 99 ? "99+" : String.valueOf(count));
        badge.getStyleClass().add("nav-badge");
        badge.setId("badge-" + module.name());
        button.setGraphic(badge);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        button.setGraphicTextGap(8);
    }












    @FXML
    private void onFocusSearch() {
        globalSearch.requestFocus();
        globalSearch.selectAll();
    }
}
