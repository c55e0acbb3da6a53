package org.transferdesk.ledger;

import java.util.Arrays;
import java.util.Objects;
import org.transferdesk.common.Problem;

/**
 * One reason an import is refused: where (sheet and column as named in the file, 1-based spreadsheet
 * row; row 1 is the header, 0 means the file or sheet as a whole) and a message key with arguments.
 */
public record ImportError(String sheet, int row, String column, String key, Object... args) {

    public ImportError {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** Formats in the current language; a String argument that is itself a key (a field label) is translated. */
    public String message() {
        return Problem.format(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportError e && row == e.row && sheet.equals(e.sheet) && column.equals(e.column)
                && key.equals(e.key) && Arrays.equals(args, e.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, row, column, key);
    }

    @Override
    public String toString() {
        return sheet + "!" + row + " [" + column + "] " + key + Arrays.toString(args);
    }
}
