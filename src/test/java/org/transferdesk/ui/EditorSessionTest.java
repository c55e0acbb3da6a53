package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.common.StaleRecordException;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;

/** The machinery every editor shares: dirty check, refused and successful saves, conflicts, the close prompt. */
class EditorSessionTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleStringProperty form = new SimpleStringProperty("");
    private final EditorSession<String> session = new EditorSession<String>(new CurrentThreadTaskExecutor(), dialogs,
            "new").dirtyWhen(stored -> !stored.equals(form.get()));
    private final List<Boolean> afters = new ArrayList<>();
    private final List<String> published = new ArrayList<>();

    private void show(String record) {
        form.set(record);
        session.shown(record, "title " + record);
    }

    /** A save as the editors write it: the work, then show the stored record and tell the other screens. */
    private void save(BackgroundTask.Work<String> work) {
        session.save(afters::add, work, saved -> {
            show(saved);
            published.add(saved);
        });
    }

    @Test
    void readOnly_refusesTheSaveBeforeItStarts_namingTheRolesThatMay_andNeverAsksAboutUnsavedChanges() {
        String reason = org.transferdesk.common.NotPermittedException.of(
                org.transferdesk.common.Role.Permission.EDIT_RECORDS).getLocalizedMessage();
        show("a");
        session.readOnly(reason);
        form.set("b");
        boolean[] ran = new boolean[1];

        save(p -> {
            ran[0] = true;
            return "b";
        });

        assertThat(ran[0]).as("nothing sent to the database").isFalse();
        assertThat(afters).containsExactly(false);
        assertThat(session.problems()).containsExactly(reason);
        assertThat(reason).contains("经办", "管理员");
        assertThat(session.isDirty()).isFalse();
        assertThat(session.readOnlyProperty().get()).isEqualTo(reason);
    }

    @Test
    void isCleanUntilARecordIsShown_thenDirtyExactlyWhileTheFormDiffers() {
        form.set("typed before load");
        assertThat(session.isDirty()).isFalse();
        assertThat(session.windowTitleProperty().get()).isEqualTo("new");
        show("a");
        assertThat(session.isDirty()).isFalse();
        assertThat(session.stored()).isEqualTo("a");
        assertThat(session.windowTitleProperty().get()).isEqualTo("title a");
        form.set("b");
        assertThat(session.isDirty()).isTrue();
        form.set("a");
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void load_marksBusyWhileReading_andShowsWhatWasRead() {
        List<Boolean> busyDuringWork = new ArrayList<>();
        session.load(p -> {
            busyDuringWork.add(session.busyProperty().get());
            return "loaded";
        }, this::show);
        assertThat(busyDuringWork).containsExactly(true);
        assertThat(session.busyProperty().get()).isFalse();
        assertThat(session.stored()).isEqualTo("loaded");
    }

    @Test
    void load_handsARefusalToTheCaller() {
        List<Throwable> refused = new ArrayList<>();
        session.load(p -> {
            throw new UserFacingException("error.recordGone");
        }, this::show, refused::add);
        assertThat(refused).singleElement().isInstanceOf(UserFacingException.class);
        assertThat(session.stored()).isNull();
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void validationBlocksTheSave_listingProblemsInTheFormsOrder_andMarkingTheirFields() {
        session.fieldOrder(List.of("name", "staffNo", "idNumber"));
        show("a");
        form.set("b");
        save(p -> {
            throw new ValidationException(List.of(Problem.error("validation.required", "idNumber"),
                    Problem.error("validation.required", "staffNo"), Problem.warning("validation.required", "name")));
        });
        assertThat(afters).containsExactly(false);
        assertThat(published).isEmpty();
        assertThat(session.isDirty()).isTrue();
        assertThat(session.busyProperty().get()).isFalse();
        String message = I18n.t("validation.required");
        assertThat(session.problems()).containsExactly(message, message, message);
        assertThat(session.fieldErrors()).containsOnlyKeys("name", "staffNo", "idNumber");
        assertThat(dialogs.notices).isEmpty();
    }

    @Test
    void errorsOnFields_marksOnlyTheErrors_andDistinctProblems_listsASharedProblemOnce() {
        session.errorsOnFields().distinctProblems();
        session.showProblems(new ValidationException(List.of(Problem.error("validation.required", "a"),
                Problem.error("validation.required", "b"), Problem.warning("editor.saveBeforeStatus", "c"))));
        assertThat(session.problems()).containsExactly(I18n.t("validation.required"),
                I18n.t("editor.saveBeforeStatus"));
        assertThat(session.fieldErrors()).containsOnlyKeys("a", "b");
    }

    @Test
    void withoutThoseOptions_everyProblemIsListedAndMarked() {
        session.showProblems(new ValidationException(List.of(Problem.error("validation.required", "a"),
                Problem.error("validation.required", "b"), Problem.warning("editor.saveBeforeStatus", "c"))));
        assertThat(session.problems()).hasSize(3);
        assertThat(session.fieldErrors()).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void anotherFailure_isListedWithItsPlainMessage_keepingTheFieldMarks() {
        session.fieldErrors().put("name", "earlier");
        session.showProblems(new UserFacingException("error.recordGone"));
        assertThat(session.problems()).containsExactly(I18n.t("error.recordGone"));
        assertThat(session.fieldErrors()).containsEntry("name", "earlier");
    }

    @Test
    void refuse_listsTheProblemsWithoutStartingWork() {
        session.refuse(List.of(Problem.error("validation.required", "useFee")), afters::add);
        assertThat(afters).containsExactly(false);
        assertThat(session.fieldErrors()).containsOnlyKeys("useFee");
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void aSuccessfulSave_clearsDirtAndProblems_publishes_andAnswersTrue() {
        show("a");
        session.problems().add("old problem");
        form.set("b");
        save(p -> form.get());
        assertThat(afters).containsExactly(true);
        assertThat(published).containsExactly("b");
        assertThat(session.isDirty()).isFalse();
        assertThat(session.problems()).isEmpty();
        assertThat(session.windowTitleProperty().get()).isEqualTo("title b");
        assertThat(session.busyProperty().get()).isFalse();
    }

    @ParameterizedTest(name = "{0}, answer {1}: reloaded {2}, asked {3}")
    @CsvSource({
            "stale,      true,  true,  true",
            "stale,      false, false, true",
            "staleCause, true,  true,  true",
            "other,      true,  false, false",
            "noReload,   true,  false, false",
    })
    void aConflictOffersTheStoredRecord(String failure, boolean answer, boolean reloaded, boolean asked) {
        List<String> confirmations = new ArrayList<>();
        dialogs.onConfirm = confirmations::add;
        dialogs.confirmAnswer = answer;
        int[] reloads = {0};
        if (!failure.equals("noReload")) {
            session.reloadWith(() -> reloads[0]++);
        }
        show("a");
        form.set("b");
        RuntimeException error = switch (failure) {
            case "stale", "noReload" -> new StaleRecordException("person", 7);
            case "staleCause" -> new IllegalStateException(new StaleRecordException("person", 7));
            default -> new UserFacingException("error.recordGone");
        };
        save(p -> {
            throw error;
        });
        assertThat(afters).containsExactly(false);
        assertThat(session.problems()).containsExactly(ErrorHandler.plainMessage(error));
        assertThat(reloads[0]).isEqualTo(reloaded ? 1 : 0);
        assertThat(confirmations).hasSize(asked ? 1 : 0);
        if (asked) {
            assertThat(confirmations.get(0)).isEqualTo(I18n.t("editor.conflictReload"));
        }
    }

    @ParameterizedTest(name = "dirty {0}, choice {1}, save ok {2}: saved {3}, closed {4}")
    @CsvSource({
            "false, CANCEL,  true,  false, true",
            "true,  CANCEL,  true,  false, false",
            "true,  DISCARD, true,  false, true",
            "true,  SAVE,    true,  true,  true",
            "true,  SAVE,    false, true,  false",
    })
    void theClosePrompt_keepsDiscardsOrSaves(boolean dirty, DialogService.UnsavedChoice choice, boolean saveOk,
                                           boolean saved, boolean closed) {
        dialogs.unsavedAnswer = choice;
        int[] saves = {0};
        session.saveWith(after -> {
            saves[0]++;
            after.accept(saveOk);
        });
        show("a");
        if (dirty) {
            form.set("b");
        }
        boolean[] wasClosed = {false};
        session.requestClose(() -> wasClosed[0] = true);
        assertThat(saves[0]).isEqualTo(saved ? 1 : 0);
        assertThat(wasClosed[0]).isEqualTo(closed);
    }

    @Test
    void theSaveCommand_isWhatTheEditorGave() {
        session.saveWith(after -> after.accept(true));
        session.save(afters::add);
        assertThat(afters).containsExactly(true);
    }

    @Test
    void run_listsARefusalAndClearsBusy() {
        List<String> done = new ArrayList<>();
        session.run(p -> "merged", done::add);
        assertThat(done).containsExactly("merged");
        session.<String>run(p -> {
            throw new UserFacingException("error.recordGone");
        }, done::add);
        assertThat(done).containsExactly("merged");
        assertThat(session.problems()).containsExactly(I18n.t("error.recordGone"));
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void closing_releasesEveryListenerAndSubscription_once() {
        SimpleStringProperty value = new SimpleStringProperty("x");
        ObservableList<String> list = FXCollections.observableArrayList();
        List<String> heard = new ArrayList<>();
        int[] released = {0};
        session.listen(value, (o, a, b) -> heard.add(b));
        session.listen(list, (ListChangeListener<String>) c -> heard.add("list"));
        session.onClose(() -> released[0]++);
        value.set("y");
        list.add("z");
        assertThat(heard).containsExactly("y", "list");
        session.close();
        session.close();
        value.set("w");
        list.add("v");
        assertThat(heard).containsExactly("y", "list");
        assertThat(released[0]).isEqualTo(1);
    }

    /** A field left: its first problem marks it (an error) or notes it (a warning); one without problems is cleared. */
    @ParameterizedTest
    @CsvSource({
            "name,     ERROR,   validation.required, ''",
            "name,     WARNING, '',                  validation.required",
            "name,     NONE,    '',                  ''",
            "contact,  ERROR,   '',                  ''"})
    void markField_marksTheLeftFieldWithItsFirstProblemOnly(String field, String first, String error, String warning) {
        var warnings = FXCollections.<String, String>observableHashMap();
        session.fieldErrors().put(field, "stale");
        warnings.put(field, "stale");
        session.fieldErrors().put("other", "old");
        List<Problem> found = switch (first) {
            case "ERROR" -> List.of(Problem.error("validation.required", "name", "x"),
                    Problem.warning("validation.required", "name", "y"));
            case "WARNING" -> List.of(Problem.warning("validation.required", "name", "y"),
                    Problem.error("validation.required", "name", "x"));
            default -> List.of(Problem.error("validation.required", "other", "x"));
        };
        session.markField(field, found, warnings);
        String expectedError = error.isEmpty() ? null : Problem.error(error, "name", "x").message();
        String expectedWarning = warning.isEmpty() ? null : Problem.warning(warning, "name", "y").message();
        assertThat(session.fieldErrors().get(field)).isEqualTo(field.equals("name") ? expectedError : null);
        assertThat(warnings.get(field)).isEqualTo(field.equals("name") ? expectedWarning : null);
        assertThat(session.fieldErrors().get("other")).isEqualTo("old");
    }

    @Test
    void markField_withoutAWarningsMap_marksAWarningAsTheFieldsProblem() {
        session.markField("name", List.of(Problem.warning("validation.required", "name", "y")));
        assertThat(session.fieldErrors()).containsEntry("name",
                Problem.warning("validation.required", "name", "y").message());
    }

    /** An editor's view model answers for errors, problems, title and busy mark with its session's own. */
    @Test
    void editorViewModel_passesTheSessionsStateThrough() {
        EditorViewModel<String> vm = new EditorViewModel<>() {
            @Override
            public EditorSession<String> session() {
                return session;
            }

            @Override
            public void save(java.util.function.Consumer<Boolean> after) {
                session.save(after);
            }
        };
        show("a");
        assertThat(vm.fieldErrors()).isSameAs(session.fieldErrors());
        assertThat(vm.problems()).isSameAs(session.problems());
        assertThat(vm.windowTitleProperty()).isSameAs(session.windowTitleProperty());
        assertThat(vm.windowTitleProperty().get()).isEqualTo("title a");
        assertThat(vm.busyProperty()).isSameAs(session.busyProperty());
    }
}
