package org.transferdesk.match;

import java.util.List;

/**
 * What matching reads of a result: its number, title, internal abstract, technical field, the titles of its IP and
 * the IPC classes of its patents where they are recorded (today the IP register records none, so the list is empty
 * until it does). Its own small record, so the engine needs neither the result editor's aggregate nor the catalogue.
 */
public record ResultDoc(long id, String resultNo, String title, String summary, String field, List<String> ipTitles,
                        List<String> ipcClasses) {
    public ResultDoc {
        ipTitles = ipTitles == null ? List.of() : List.copyOf(ipTitles);
        ipcClasses = ipcClasses == null ? List.of() : List.copyOf(ipcClasses);
    }
}
