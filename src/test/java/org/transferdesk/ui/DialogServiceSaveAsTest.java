package org.transferdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DialogServiceSaveAsTest {
    private final FakeDialogService dialogs = new FakeDialogService();

    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        dialogs.fileToSave = Path.of("out", "台账");
        assertEquals(Path.of("out", "台账.xlsx"), dialogs.chooseFileToSaveAs("t", "x.xlsx", "xlsx", "Excel").orElseThrow());
    }

    @Test
    void aNameWithTheExtensionInAnyCaseIsKept() {
        dialogs.fileToSave = Path.of("out", "Rows.CSV");
        assertEquals(Path.of("out", "Rows.CSV"), dialogs.chooseFileToSaveAs("t", "x.csv", "csv", "CSV").orElseThrow());
    }

    @Test
    void nothingChosenIsNothing() {
        assertTrue(dialogs.chooseFileToSaveAs("t", "x.xlsx", "xlsx", "Excel").isEmpty());
    }
}
