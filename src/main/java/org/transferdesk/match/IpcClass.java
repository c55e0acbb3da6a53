package org.transferdesk.match;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IPC subclass (section, class, subclass: "H01M") of a class as written ("H01M 4/36", "h01m4/36"): two results
 * agree when their patents share a subclass, which is as fine as a need's stated class usually is.
 */
final class IpcClass {
    private static final Pattern SUBCLASS = Pattern.compile("^\\s*([A-H])\\s*(\\d{2})\\s*([A-Z])");

    private IpcClass() {
    }

    static Optional<String> subclass(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = SUBCLASS.matcher(written.toUpperCase(Locale.ROOT));
        return m.find() ? Optional.of(m.group(1) + m.group(2) + m.group(3)) : Optional.empty();
    }
}
