package org.transferdesk.ledger;

import java.util.List;
import java.util.stream.Collectors;

/** An import refused as a whole: nothing was written. Holds every error found. */
public class ImportFailedException extends RuntimeException {
    private final transient List<ImportError> errors;

    public ImportFailedException(List<ImportError> errors) {
        super(errors.size() + " import error(s): "
                + errors.stream().limit(5).map(ImportError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
