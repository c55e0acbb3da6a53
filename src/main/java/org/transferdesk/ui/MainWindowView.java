package org.transferdesk.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.transferdesk.search.SearchHit;

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

    private final MainWindowViewModel viewModel;
    private final Map<Module, Supplier<Page>> pageFactories;
    private final Map<Module, Page> pages = new EnumMap<>(Module.class);
    private final Map<Module, ToggleButton> navButtons = new EnumMap<>(Module.class);
    private final ShellActions actions;
    private final ContextMenu searchPopup = new ContextMenu();
    private Module current;

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
            button.setOnAction(e -> show(module));
            navButtons.put(module, button);
            navBar.getChildren().add(button);
        }
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
    private void onGoHome() {
        show(Module.HOME);
    }

    @FXML
    private void onGoDue() {
        show(Module.DUE);
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
    private void onGoResults() {
        show(Module.RESULTS);
    }

    @FXML
    private void onGoIp() {
        show(Module.IP);
    }

    @FXML
    private void onGoPeople() {
        show(Module.PEOPLE);
    }

    @FXML
    private void onGoSettings() {
        show(Module.SETTINGS);
    }

    @FXML
    private void onGoDeals() {
        show(Module.DEALS);
    }

    @FXML
    private void onGoRewards() {
        show(Module.REWARDS);
    }

    @FXML
    private void onGoPilots() {
        show(Module.PILOTS);
    }

    @FXML
    private void onGoReport() {
        show(Module.REPORT);
    }

    @FXML
    private void onGoCounterparties() {
        show(Module.COUNTERPARTIES);
    }

    @FXML
    private void onGoCompanies() {
        show(Module.COMPANIES);
    }

    @FXML
    private void onGoInstitutions() {
        show(Module.INSTITUTIONS);
    }

    @FXML
    private void onFocusSearch() {
        globalSearch.requestFocus();
        globalSearch.selectAll();
    }
}
