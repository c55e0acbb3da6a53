package org.transferdesk.reward.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import javafx.collections.ObservableMap;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Percent;
import org.transferdesk.common.Problem;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.reward.DatedPolicy;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.RewardPolicy.LeaderEquity;
import org.transferdesk.reward.RewardPolicy.Preset;
import org.transferdesk.reward.RewardPolicy.PublicityCalendar;
import org.transferdesk.reward.RewardPolicyLabels;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.deal.Province;
import org.transferdesk.reward.UnitProfile;
import org.transferdesk.ui.BackgroundTask;
import org.transferdesk.ui.DialogService;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.ErrorHandler;
import org.transferdesk.ui.TaskExecutor;

/**
 * The reward-policy window: the recorded versions, a form for a new version from a date (choosing a preset
 * fills in its rates; every field stays editable) checked against the jurisdiction's floors as the user
 * types, and the unit's profile for the tax filings. The window's one save records what changed of the two.
 */
public final class RewardPolicyViewModel implements EditorWindowView.Saving {
    /** Field names of the form, as the problems name them ({@link RewardPolicy#belowFloor} uses label keys). */
    public static final String TRANSFER_LICENSE = "reward.policy.transferLicense";
    public static final String EQUITY = "reward.policy.equity";
    public static final String SELF = "reward.policy.self";
    public static final String KEY = "reward.policy.key";
    public static final String TRANSFER_STAFF = "reward.policy.transferStaff";
    public static final String TECH_CONTRACT = "reward.policy.techContract";
    public static final String UNIT_UNIVERSITY = "reward.policy.unitUniversity";
    public static final String UNIT_SCHOOL = "reward.policy.unitSchool";
    public static final String UNIT_OFFICE = "reward.policy.unitOffice";
    public static final String SELF_YEARS = "selfYears";
    public static final String PUBLICITY_DAYS = "publicityDays";
    public static final String BONUS = "bonus";

    private final RewardPolicyService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<DatedPolicy> history = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.NATIONAL);
    private final StringProperty transferLicense = new SimpleStringProperty("");
    private final StringProperty equity = new SimpleStringProperty("");
    private final StringProperty self = new SimpleStringProperty("");
    private final StringProperty selfYears = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty transferStaff = new SimpleStringProperty("");
    private final StringProperty techContract = new SimpleStringProperty("");
    private final BooleanProperty techKey = new SimpleBooleanProperty(true);
    private final StringProperty unitUniversity = new SimpleStringProperty("");
    private final StringProperty unitSchool = new SimpleStringProperty("");
    private final StringProperty unitOffice = new SimpleStringProperty("");
    private final StringProperty publicityDays = new SimpleStringProperty("");
    private final ObjectProperty<PublicityCalendar> publicityCalendar = new SimpleObjectProperty<>();
    private final ObjectProperty<LeaderEquity> leaderEquity = new SimpleObjectProperty<>();
    private final StringProperty inventionBonus = new SimpleStringProperty("");
    private final StringProperty otherBonus = new SimpleStringProperty("");
    private final Map<CostCategory, BooleanProperty> deductible = new EnumMap<>(CostCategory.class);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final Map<String, String> problemFields = new HashMap<>();

    private final StringProperty unitName = new SimpleStringProperty("");
    private final StringProperty unitCreditCode = new SimpleStringProperty("");
    private final BooleanProperty unitNonProfit = new SimpleBooleanProperty(true);
    private final ObjectProperty<Province> unitProvince = new SimpleObjectProperty<>();
    private final ObservableList<String> unitProblems = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private RewardPolicy loaded;
    private UnitProfile loadedUnit;
    private boolean filling;

    public RewardPolicyViewModel(RewardPolicyService service, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        for (CostCategory c : CostCategory.values()) {
            deductible.put(c, new SimpleBooleanProperty());
        }
        from.set(LocalDate.now(clock));
        preset.addListener((o, was, now) -> {
            if (!filling && now != null) {
                fill(now.policy());
            }
        });
        List<Observable> inputs = new ArrayList<>(List.of(transferLicense, equity, self, selfYears, key, transferStaff,
                publicityDays, publicityCalendar, leaderEquity, inventionBonus, otherBonus, techContract, techKey,
                unitUniversity, unitSchool, unitOffice));
        inputs.addAll(deductible.values());
        inputs.forEach(input -> input.addListener(o -> {
            if (!filling) {
                validate();
            }
        }));
        fill(Preset.NATIONAL.policy());
    }

    private record Loaded(RewardPolicy current, List<DatedPolicy> history, UnitProfile unit) {
    }

    /** Reads the history, the policy in force today (into the form) and the unit profile, off the UI thread. */
    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(p -> new Loaded(service.current(), service.history(), service.unitProfile()))
                .onSuccess(this::show).onFinished(() -> busy.set(false)));
    }

    private void show(Loaded data) {
        history.setAll(data.history());
        loaded = data.current();
        fill(data.current());
        unitName.set(data.unit().name());
        unitCreditCode.set(data.unit().creditCode());
        unitNonProfit.set(data.unit().nonProfit());
        unitProvince.set(data.unit().province());
        loadedUnit = formUnit();
        unitProblems.clear();
    }

    private void fill(RewardPolicy p) {
        filling = true;
        try {
            preset.set(p.jurisdiction());
            transferLicense.set(p.transferLicenseRate().percent().toPlainString());
            equity.set(p.equityRate().percent().toPlainString());
            self.set(p.selfRate().percent().toPlainString());
            selfYears.set(Integer.toString(p.selfYears()));
            key.set(p.keyContributorMinimum().percent().toPlainString());
            transferStaff.set(p.transferStaffShare().percent().toPlainString());
            techContract.set(p.techContracts().rate().percent().toPlainString());
            techKey.set(p.techContracts().keyRule());
            unitUniversity.set(p.unitShares().university().percent().toPlainString());
            unitSchool.set(p.unitShares().school().percent().toPlainString());
            unitOffice.set(p.unitShares().transferOffice().percent().toPlainString());
            publicityDays.set(Integer.toString(p.publicityDays()));
            publicityCalendar.set(p.publicityCalendar());
            leaderEquity.set(p.leaderEquity());
            inventionBonus.set(p.inventionBonus().toPlainString());
            otherBonus.set(p.otherPatentBonus().toPlainString());
            deductible.forEach((c, checked) -> checked.set(p.deductible().contains(c)));
        } finally {
            filling = false;
        }
        validate();
    }

    /** The policy as the form stands, or empty (with {@link #problems()} saying why) when a field cannot be read. */
    public Optional<RewardPolicy> formPolicy() {
        List<Problem> unreadable = new ArrayList<>();
        Percent tl = percent(transferLicense, TRANSFER_LICENSE, unreadable);
        Percent eq = percent(equity, EQUITY, unreadable);
        Percent sf = percent(self, SELF, unreadable);
        Integer years = whole(selfYears, SELF_YEARS, "rewardPolicy.field.selfYears", unreadable);
        Percent k = percent(key, KEY, unreadable);
        Percent staff = percent(transferStaff, TRANSFER_STAFF, unreadable);
        Integer days = whole(publicityDays, PUBLICITY_DAYS, "rewardPolicy.field.publicityDays", unreadable);
        BigDecimal invention = amount(inventionBonus, "rewardPolicy.field.inventionBonus", unreadable);
        BigDecimal other = amount(otherBonus, "rewardPolicy.field.otherBonus", unreadable);
        Percent tech = percent(techContract, TECH_CONTRACT, unreadable);
        Percent university = percent(unitUniversity, UNIT_UNIVERSITY, unreadable);
        Percent school = percent(unitSchool, UNIT_SCHOOL, unreadable);
        Percent office = percent(unitOffice, UNIT_OFFICE, unreadable);
        if (!unreadable.isEmpty() || preset.get() == null) {
            return Optional.empty();
        }
        Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        deductible.forEach((c, checked) -> {
            if (checked.get()) {
                categories.add(c);
            }
        });
        return Optional.of(new RewardPolicy(preset.get(), tl, eq, sf, years, k, categories, days,
                publicityCalendar.get() == null ? PublicityCalendar.WORKING_DAYS : publicityCalendar.get(),
                leaderEquity.get() == null ? LeaderEquity.WAIVE_AND_REDISTRIBUTE : leaderEquity.get(), staff,
                invention, other, new RewardPolicy.TechContracts(tech, techKey.get()),
                new RewardPolicy.UnitShares(university, school, office)));
    }

    /** Every reason the form cannot be saved now: unreadable numbers and rates below the floor. */
    public List<Problem> validate() {
        List<Problem> found = new ArrayList<>();
        collectUnreadable(found);
        if (found.isEmpty()) {
            // R-BONUS: the floors of the version's date of effect (the latest while no date is chosen)
            formPolicy().ifPresent(p -> found.addAll(p.belowFloor(from.get())));
        }
        problemFields.clear();
        found.forEach(p -> problemFields.putIfAbsent(p.message(), p.field()));
        problems.setAll(found.stream().map(Problem::message).toList());
        fieldErrors.clear();
        found.forEach(p -> fieldErrors.putIfAbsent(p.field(), p.message()));
        return found;
    }

    private void collectUnreadable(List<Problem> found) {
        percent(transferLicense, TRANSFER_LICENSE, found);
        percent(equity, EQUITY, found);
        percent(self, SELF, found);
        whole(selfYears, SELF_YEARS, "rewardPolicy.field.selfYears", found);
        percent(key, KEY, found);
        percent(transferStaff, TRANSFER_STAFF, found);
        whole(publicityDays, PUBLICITY_DAYS, "rewardPolicy.field.publicityDays", found);
        amount(inventionBonus, "rewardPolicy.field.inventionBonus", found);
        amount(otherBonus, "rewardPolicy.field.otherBonus", found);
        percent(techContract, TECH_CONTRACT, found);
        percent(unitUniversity, UNIT_UNIVERSITY, found);
        percent(unitSchool, UNIT_SCHOOL, found);
        percent(unitOffice, UNIT_OFFICE, found);
    }

    private static Percent percent(StringProperty text, String field, List<Problem> problems) {
        Optional<Percent> parsed = Percent.parsePercent(text.get());
        if (parsed.isEmpty()) {
            problems.add(Problem.error("rewardPolicy.badPercent", field, field));
            return null;
        }
        return parsed.get();
    }

    private static Integer whole(StringProperty text, String field, String label, List<Problem> problems) {
        try {
            return Integer.parseInt(text.get() == null ? "" : text.get().strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.error("rewardPolicy.badNumber", field, label));
            return null;
        }
    }

    private static BigDecimal amount(StringProperty text, String label, List<Problem> problems) {
        try {
            return new BigDecimal(text.get() == null ? "" : text.get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.error("rewardPolicy.badAmount", BONUS, label));
            return null;
        }
    }

    /**
     * The window's one save: records the form as a new version from {@link #fromProperty()} and the unit profile from
     * today, each only when changed (the version also when nothing changed: saving is how a version is recorded
     * again from another date). Refused with its problems listed, nothing written, while either part is invalid.
     */
    @Override
    public void save(Consumer<Boolean> after) {
        LocalDate date = from.get();
        Optional<RewardPolicy> policy = formPolicy();
        List<Problem> found = validate();
        UnitProfile unit = formUnit();
        boolean writeUnit = unitChanged();
        boolean writePolicy = policyChanged() || !writeUnit;
        List<Problem> unitFound = writeUnit ? RewardPolicyService.validate(unit) : List.of();
        unitProblems.setAll(unitFound.stream().map(Problem::message).toList());
        if (writePolicy && date == null) {
            problems.add(I18n.t("rewardPolicy.fromRequired"));
        }
        if (!found.isEmpty() || (writePolicy && (date == null || policy.isEmpty()))
                || unitFound.stream().anyMatch(Problem::isError)) {
            after.accept(false);
            return;
        }
        busy.set(true);
        LocalDate today = LocalDate.now(clock);
        executor.execute(BackgroundTask.of(p -> {
            if (writePolicy) {
                service.set(date, policy.get());
            }
            if (writeUnit) {
                service.setUnitProfile(today, unit);
            }
            return service.history();
        }).onSuccess(saved -> {
            history.setAll(saved);
            if (writePolicy) {
                loaded = policy.get();
                dialogs.notify(I18n.t("rewardPolicy.saved", RewardPolicyLabels.preset(policy.get().jurisdiction()),
                        date));
            }
            if (writeUnit) {
                loadedUnit = unit;
                dialogs.notify(I18n.t("rewardPolicy.unit.saved"));
            }
            after.accept(true);
        }).onFailure(error -> {
            problems.setAll(ErrorHandler.messages(error));
            after.accept(false);
        }).onFinished(() -> busy.set(false)));
    }

    private UnitProfile formUnit() {
        return new UnitProfile(unitName.get(), unitCreditCode.get(), unitNonProfit.get(), unitProvince.get());
    }

    private boolean policyChanged() {
        return loaded != null && !formPolicy().equals(Optional.of(loaded));
    }

    private boolean unitChanged() {
        return loadedUnit != null && !formUnit().equals(loadedUnit);
    }

    /** True when the form differs from the policy in force (or the version just saved), or the unit profile does. */
    public boolean isDirty() {
        return policyChanged() || unitChanged();
    }

    /** The field a listed problem names (by its message), for the link from the problems panel to the field. */
    public Optional<String> fieldOf(String problem) {
        return Optional.ofNullable(problemFields.get(problem));
    }

    public ObservableList<DatedPolicy> history() {
        return history;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty transferLicenseProperty() {
        return transferLicense;
    }

    public StringProperty equityProperty() {
        return equity;
    }

    public StringProperty selfProperty() {
        return self;
    }

    public StringProperty selfYearsProperty() {
        return selfYears;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty transferStaffProperty() {
        return transferStaff;
    }

    /** R-45-TECH: the rate of technical development/consulting/service contracts' net income. */
    public StringProperty techContractProperty() {
        return techContract;
    }

    /** R-45-TECH: whether R-KEY applies to technical-contract rewards. */
    public BooleanProperty techKeyProperty() {
        return techKey;
    }

    /** R-UNIT-SPLIT: 学校's share of net income. */
    public StringProperty unitUniversityProperty() {
        return unitUniversity;
    }

    /** R-UNIT-SPLIT: the result's 学院's share of net income. */
    public StringProperty unitSchoolProperty() {
        return unitSchool;
    }

    /** R-UNIT-SPLIT: the technology-transfer office's share of net income. */
    public StringProperty unitOfficeProperty() {
        return unitOffice;
    }

    public StringProperty publicityDaysProperty() {
        return publicityDays;
    }

    public ObjectProperty<PublicityCalendar> publicityCalendarProperty() {
        return publicityCalendar;
    }

    public ObjectProperty<LeaderEquity> leaderEquityProperty() {
        return leaderEquity;
    }

    public StringProperty inventionBonusProperty() {
        return inventionBonus;
    }

    public StringProperty otherBonusProperty() {
        return otherBonus;
    }

    /** One check box per cost category. */
    public Map<CostCategory, BooleanProperty> deductible() {
        return Collections.unmodifiableMap(deductible);
    }

    /** What stops the form from being saved, in the current language; empty when it can be saved. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The first problem of each field (by the field names above). */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty unitCreditCodeProperty() {
        return unitCreditCode;
    }

    public BooleanProperty unitNonProfitProperty() {
        return unitNonProfit;
    }

    /** The unit's province, for the report's 本地转化 (R-REPORT-MORE). */
    public ObjectProperty<Province> unitProvinceProperty() {
        return unitProvince;
    }

    public ObservableList<String> unitProblems() {
        return unitProblems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
