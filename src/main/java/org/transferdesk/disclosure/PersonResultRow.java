package org.transferdesk.disclosure;

import java.time.LocalDate;
import org.transferdesk.common.Percent;

/** One result a person is an inventor of, with their share: the person editor's results tab. */
public record PersonResultRow(long disclosureId, String resultNo, String title, LocalDate disclosedOn,
                              Percent share, boolean keyContributor, ResultStatus status) {
}
