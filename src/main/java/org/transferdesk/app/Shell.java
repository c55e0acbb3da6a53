package org.transferdesk.app;

import javafx.stage.Stage;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.FxDialogService;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.FxTaskExecutor;

/**
 * What every group of the GUI's windows (due, pilots, report, office rules) opens its windows with: the main
 * window, the background executor, its dialogs, the data events, the editor windows and the table exports.
 */
record Shell(Stage stage, FxTaskExecutor executor, FxDialogService dialogs, DataEvents events, EditorWindows editors,
             ExportActions export) {
}
