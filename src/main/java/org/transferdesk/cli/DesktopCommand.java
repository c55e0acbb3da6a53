package org.transferdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The command line when it only opens the desktop app ({@link TransferDeskCommand#opensDesktop}): the same
 * options, without the model of every command, which picocli would build first (about a third of a second
 * of the start on a two-core office PC).
 */
@Command(name = "transferdesk")
public final class DesktopCommand implements Callable<Integer> {
    @Mixin
    DataDirOption options;

    @Mixin
    DesktopOptions desktop;

    private final DesktopStart.Opener gui;

    public DesktopCommand(DesktopStart.Opener gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return desktop.open(options, gui);
    }
}
