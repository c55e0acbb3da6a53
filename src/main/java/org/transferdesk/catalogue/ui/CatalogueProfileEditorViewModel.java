package org.transferdesk.catalogue.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.CatalogueImages;
import org.transferdesk.catalogue.CatalogueProfile;
import org.transferdesk.catalogue.CataloguePublishRules;
import org.transferdesk.catalogue.CatalogueService;
import org.transferdesk.catalogue.CooperationMode;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.ui.DataEvents;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorSession;
import org.transferdesk.ui.EditorViewModel;
import org.transferdesk.ui.TaskExecutor;

/**
 * Edits a result's public profile (issue 25): the Chinese and English texts, the offer, the pictures, the contact and
 * the inventors' consent; the 发布 tab's R-CAT-PUBLISH checklist follows every edit, so the user sees ✓/✗ before
 * clicking 发布. Publishing saves the profile as edited.
 */
public final class CatalogueProfileEditorViewModel implements EditorViewModel<CatalogueProfile> {
    private static final List<String> FIELD_ORDER = List.of("titleZh", "summaryZh", "titleEn", "summaryEn", "field",
            "trl", "images", "consentOn", "published");

    /** The profile's fields as typed; application areas one a line, the TRL as text until saved. */
    public record Form(StringProperty titleZh, StringProperty titleEn, StringProperty summaryZh,
                       StringProperty summaryEn, StringProperty field, StringProperty areas,
                       ObjectProperty<DevelopmentStage> stage, StringProperty trl,
                       Map<CooperationMode, BooleanProperty> modes, StringProperty terms, StringProperty contactName,
                       StringProperty contactPhone, StringProperty contactEmail, ObjectProperty<LocalDate> consentOn,
                       StringProperty consentBy, StringProperty consentRef) {
        Form() {
            this(text(), text(), text(), text(), text(), text(), new SimpleObjectProperty<>(), text(), modeBoxes(),
                    text(), text(), text(), text(), new SimpleObjectProperty<>(), text(), text());
        }

        private static StringProperty text() {
            return new SimpleStringProperty("");
        }

        private static Map<CooperationMode, BooleanProperty> modeBoxes() {
            Map<CooperationMode, BooleanProperty> boxes = new EnumMap<>(CooperationMode.class);
            Arrays.stream(CooperationMode.values()).forEach(m -> boxes.put(m, new SimpleBooleanProperty()));
            return boxes;
        }

        void show(CatalogueProfile p) {
            titleZh.set(nz(p.texts().titleZh()));
            titleEn.set(nz(p.texts().titleEn()));
            summaryZh.set(nz(p.texts().summaryZh()));
            summaryEn.set(nz(p.texts().summaryEn()));
            field.set(nz(p.offer().field()));
            areas.set(String.join("\n", p.offer().applicationAreas()));
            stage.set(p.offer().stage());
            trl.set(p.offer().trl() == null ? "" : p.offer().trl().toString());
            modes.forEach((m, box) -> box.set(p.offer().modes().contains(m)));
            terms.set(nz(p.offer().terms()));
            contactName.set(nz(p.contact().name()));
            contactPhone.set(nz(p.contact().phone()));
            contactEmail.set(nz(p.contact().email()));
            consentOn.set(p.consent().on());
            consentBy.set(nz(p.consent().recordedBy()));
            consentRef.set(nz(p.consent().reference()));
        }

        /** Every field the checklist and the dirty mark follow. */
        List<Observable> all() {
            List<Observable> all = new ArrayList<>(List.of(titleZh, titleEn, summaryZh, summaryEn, field, areas, stage,
                    trl, terms, contactName, contactPhone, contactEmail, consentOn, consentBy, consentRef));
            all.addAll(modes.values());
            return all;
        }
    }

    private final CatalogueService service;
    private final DialogService dialogs;
    private final DataEvents events;
    private final Form form = new Form();
    private final ObservableList<CatalogueEntry.Image> images = FXCollections.observableArrayList();
    private final ObservableList<CataloguePublishRules.Check> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper published = new ReadOnlyBooleanWrapper();
    private final EditorSession<CatalogueProfile> session;
    private Disclosure result;

    public CatalogueProfileEditorViewModel(CatalogueService service, TaskExecutor executor, DialogService dialogs,
                                           DataEvents events) {
        this.service = service;
        this.dialogs = dialogs;
        this.events = events;
        this.session = new EditorSession<CatalogueProfile>(executor, dialogs, I18n.t("catalogueEditor.newTitle"))
                .fieldOrder(FIELD_ORDER).dirtyWhen(this::differsFrom).savedWhen(p -> !p.isNew()).saveWith(this::save);
        session.reloadWith(() -> load(session.stored().disclosureId(), () -> { }));
        form.all().forEach(o -> o.addListener(x -> recheck()));
        images.addListener((javafx.collections.ListChangeListener<CatalogueEntry.Image>) c -> recheck());
    }

    /** Opens the profile of a result (a new draft when it has none) in the background. */
    public void load(long disclosureId, Runnable whenReady) {
        session.load(p -> service.open(disclosureId), editing -> {
            show(editing);
            whenReady.run();
        });
    }

    private void show(CatalogueService.Editing editing) {
        result = editing.result();
        CatalogueProfile p = editing.profile();
        form.show(p);
        images.setAll(p.images());
        published.set(p.published());
        session.shown(p, I18n.t("catalogueEditor.title", nz(result.resultNo()), nz(result.title())));
        recheck();
    }

    /** The profile as edited, keeping the stored one's id, version and publish state. */
    public CatalogueProfile current() {
        CatalogueProfile stored = session.stored();
        Set<CooperationMode> modes = form.modes().entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> EnumSet.noneOf(CooperationMode.class)));
        List<String> areas = Arrays.stream(form.areas().get().split("[\\n;；、]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new CatalogueProfile(stored.id(), stored.disclosureId(),
                new CatalogueProfile.Texts(blankToNull(form.titleZh().get()), blankToNull(form.titleEn().get()),
                        blankToNull(form.summaryZh().get()), blankToNull(form.summaryEn().get())),
                new CatalogueProfile.Offer(blankToNull(form.field().get()), areas, form.stage().get(), trlOrNull(),
                        modes, blankToNull(form.terms().get())),
                new CatalogueEntry.Contact(blankToNull(form.contactName().get()),
                        blankToNull(form.contactPhone().get()), blankToNull(form.contactEmail().get())),
                new CatalogueProfile.Consent(form.consentOn().get(), blankToNull(form.consentBy().get()),
                        blankToNull(form.consentRef().get())),
                images, stored.tradeSecretChecked(), stored.published(), stored.publishedOn(), stored.version());
    }

    private Integer trlOrNull() {
        String t = form.trl().get().strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return -1; // refused on save as outside 1–9
        }
    }

    private boolean differsFrom(CatalogueProfile stored) {
        return !current().auditFields().equals(stored.auditFields());
    }

    public boolean isDirty() {
        return session.isDirty();
    }

    /** R-CAT-PUBLISH on the form as it is now. */
    private void recheck() {
        if (session.stored() == null || result == null) {
            return;
        }
        checks.setAll(CataloguePublishRules.checklist(current(), result));
    }

    @Override
    public void save(Consumer<Boolean> after) {
        if (session.stored() == null) {
            after.accept(false);
            return;
        }
        CatalogueProfile edited = current();
        List<Problem> refused = CatalogueService.validate(edited);
        if (refused.stream().anyMatch(Problem::isError)) {
            session.refuse(refused, after);
            return;
        }
        session.save(after, p -> service.save(edited), saved -> shownSaved(saved, "catalogueEditor.saved"));
    }

    /**
     * R-CAT-PUBLISH: publishes the profile as edited. A refusal is listed without asking; trade-secret warnings are
     * put to the user, and declining writes nothing.
     */
    public void publish() {
        if (session.stored() == null) {
            return;
        }
        CatalogueProfile edited = current();
        List<CataloguePublishRules.Check> now = CataloguePublishRules.checklist(edited, result);
        List<Problem> blocking = new ArrayList<>(CatalogueService.validate(edited));
        now.stream().filter(CataloguePublishRules.Check::blocks).forEach(c -> blocking.addAll(c.problems()));
        if (blocking.stream().anyMatch(Problem::isError)) {
            session.refuse(blocking.stream().filter(Problem::isError).toList(), ok -> { });
            return;
        }
        List<Problem> warnings = CataloguePublishRules.warnings(now);
        boolean confirmed = warnings.isEmpty() || dialogs.confirm(I18n.t("catalogueEditor.confirmTitle"),
                I18n.t("catalogueEditor.confirmText", warnings.stream().map(Problem::message)
                        .collect(Collectors.joining("\n"))));
        if (!confirmed) {
            return;
        }
        session.run(p -> service.publish(edited, !warnings.isEmpty()),
                saved -> shownSaved(saved, "catalogueEditor.publishedNotice"));
    }

    /** Takes the profile off the catalogue (saving the edits with it). */
    public void withdraw() {
        if (session.stored() == null || !session.stored().published()) {
            return;
        }
        CatalogueProfile edited = current();
        session.run(p -> service.withdraw(edited), saved -> shownSaved(saved, "catalogueEditor.withdrawnNotice"));
    }

    private void shownSaved(CatalogueProfile saved, String noticeKey) {
        show(new CatalogueService.Editing(result, saved));
        events.resultSaved(saved.disclosureId());
        dialogs.notify(I18n.t(noticeKey, nz(result.resultNo())));
    }

    /** Asks for a PNG or JPEG and adds it; a file too large or not a picture is refused with its reason. */
    public void addImage() {
        dialogs.chooseFileToOpen(I18n.t("catalogueEditor.chooseImage"), List.of(new DialogService.FileType(
                I18n.t("catalogueEditor.imageFiles"), List.of("*.png", "*.jpg", "*.jpeg"))))
                .ifPresent(this::addImage);
    }

    /** Reads {@code file} in the background and adds it as the last picture, or lists why it may not be one. */
    public void addImage(Path file) {
        session.run(p -> Files.readAllBytes(file), bytes -> {
            String name = file.getFileName().toString();
            CatalogueImages.refusal(name, bytes).ifPresentOrElse(
                    problem -> session.refuse(List.of(problem), ok -> { }),
                    () -> {
                        session.problems().clear();
                        images.add(new CatalogueEntry.Image(uniqueName(name, bytes), bytes, null));
                    });
        });
    }

    /** A picture's name unique within the profile, ending as its content is (.png or .jpg). */
    private String uniqueName(String name, byte[] bytes) {
        String ext = CatalogueImages.extension(bytes).orElse(".png");
        String stem = name.replaceFirst("\\.[A-Za-z]+$", "").replaceAll("[^\\p{L}\\p{N}_-]+", "-");
        String candidate = stem + ext;
        int n = 2;
        while (hasImage(candidate)) {
            candidate = stem + "-" + n++ + ext;
        }
        return candidate;
    }

    private boolean hasImage(String fileName) {
        return images.stream().anyMatch(i -> i.fileName().equals(fileName));
    }

    public void removeImage(int index) {
        if (index >= 0 && index < images.size()) {
            images.remove(index);
        }
    }

    public void setCaption(int index, String caption) {
        if (index >= 0 && index < images.size()) {
            CatalogueEntry.Image i = images.get(index);
            images.set(index, new CatalogueEntry.Image(i.fileName(), i.bytes(), blankToNull(caption)));
        }
    }

    /** Records today as the consent's date and the signed-in user as who recorded it, when not yet given. */
    public void recordConsentToday() {
        if (form.consentOn().get() == null) {
            form.consentOn().set(service.today());
        }
        if (form.consentBy().get().isBlank()) {
            form.consentBy().set(nz(org.transferdesk.audit.Actor.current()));
        }
    }

    public Form form() {
        return form;
    }

    public ObservableList<CatalogueEntry.Image> images() {
        return images;
    }

    /** R-CAT-PUBLISH's checks on the form as it is now, in the 发布 tab's order. */
    public ObservableList<CataloguePublishRules.Check> checks() {
        return checks;
    }

    /** Whether the stored profile is published. */
    public ReadOnlyBooleanProperty publishedProperty() {
        return published.getReadOnlyProperty();
    }

    /** The published date of the stored profile, or null. */
    public LocalDate publishedOn() {
        return session.stored() == null ? null : session.stored().publishedOn();
    }

    /** The result's id, for 打开成果 (null before the first load). */
    public Long resultId() {
        return result == null ? null : result.id();
    }

    @Override
    public EditorSession<CatalogueProfile> session() {
        return session;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
