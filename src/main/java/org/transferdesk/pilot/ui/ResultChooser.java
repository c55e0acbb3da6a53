package org.transferdesk.pilot.ui;

import java.util.Optional;

/** Asks the user for a result (by number or title); empty when cancelled. */
@FunctionalInterface
public interface ResultChooser {
    Optional<Long> choose(String title);
}
