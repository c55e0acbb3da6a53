package org.transferdesk.ledger;

/** How many data rows a sheet had and how many records they created or updated. */
public record SheetCounts(String sheet, int rows, int created, int updated) {
}
