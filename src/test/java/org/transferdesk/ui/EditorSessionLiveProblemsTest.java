package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.ValidationException;

/** Issue 24, item 9: the problems panel stays true as the user edits, and each problem knows its field. */
class EditorSessionLiveProblemsTest {
    private static final Problem TITLE_MISSING = Problem.error("validation.required", "title", "title");
    private static final Problem TITLE_LONG = Problem.error("validation.tooLong", "title", "title", 200);
    private static final Problem NO_INVENTORS = Problem.error("validation.required", "inventors", "inventors");

    private final EditorSession<String> session = new EditorSession<String>(new CurrentThreadTaskExecutor(),
            new FakeDialogService(), "new").fieldOrder(List.of("title", "inventors"));

    @BeforeEach
    void refused() {
        I18n.setLocale(I18n.ENGLISH);
        session.shown("", "new");
        session.showProblems(new ValidationException(List.of(NO_INVENTORS, TITLE_MISSING)));
    }

    @Test
    void aRefusedSave_listsEachProblemWithItsField() {
        assertThat(session.problems()).containsExactly(TITLE_MISSING.message(), NO_INVENTORS.message());
        assertThat(session.fieldOf(TITLE_MISSING.message())).contains("title");
        assertThat(session.fieldOf(NO_INVENTORS.message())).contains("inventors");
    }

    @Test
    void fixingAField_takesItsProblemOffTheList_withoutSaving() {
        // the field's own check, run as it is edited, finds only the other field's problem now
        session.markField("title", List.of(NO_INVENTORS));

        assertThat(session.problems()).containsExactly(NO_INVENTORS.message());
        assertThat(session.fieldErrors()).doesNotContainKey("title").containsKey("inventors");
    }

    @Test
    void aFieldStillWrongForAnotherReason_isReworded_inItsPlace() {
        session.markField("title", List.of(TITLE_LONG, NO_INVENTORS));

        assertThat(session.problems()).containsExactly(TITLE_LONG.message(), NO_INVENTORS.message());
        assertThat(session.fieldOf(TITLE_LONG.message())).contains("title");
        assertThat(session.fieldErrors()).containsEntry("title", TITLE_LONG.message());
    }

    @Test
    void theProblemsOfOtherFields_waitForTheirOwnCheckOrTheNextSave() {
        session.markField("title", List.of());

        assertThat(session.problems()).containsExactly(NO_INVENTORS.message());
    }

    @Test
    void aPlainMessage_namesNoField() {
        session.problems().setAll("The database is not reachable.");

        assertThat(session.fieldOf("The database is not reachable.")).isEmpty();
        assertThat(session.fieldOf(TITLE_MISSING.message())).as("forgotten once no longer listed").isEmpty();
    }
}
