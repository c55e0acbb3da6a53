package org.transferdesk.dashboard.ui;

import org.transferdesk.dashboard.Attention;

/** An attention item with its columns formatted for the list; {@code overdue} marks it red. */
public record AttentionRow(Attention item, String status, String what, String record, String date, String amount,
                           boolean overdue) {
}
