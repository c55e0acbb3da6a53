package org.transferdesk.people;

import java.time.LocalDate;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.Percent;

/**
 * One result a person is an inventor of, with their share: the person editor's results tab. The status is the
 * result's own labelled status; people sit below results, so the row names no disclosure type.
 */
public record PersonResultRow(long disclosureId, String resultNo, String title, LocalDate disclosedOn,
                              Percent share, boolean keyContributor, Labeled status) {
}
