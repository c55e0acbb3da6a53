package org.transferdesk.settings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferdesk.audit.Actor;
import org.transferdesk.settings.persistence.PolicySettingRepository;

/**
 * Office rules a university may set differently, each with a date of effect: the value in force on a
 * date is the one with the latest date of effect on or before it.
 */
public final class OfficeSettings {
    public static final String PRICE_PUBLICITY_DAYS = "price.publicity.days";
    public static final String APPROVAL_TIERS = "approval.tiers";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeSettings.class);

    private final PolicySettingRepository repository;

    public OfficeSettings(PolicySettingRepository repository) {
        this.repository = repository;
    }

    public Optional<String> valueOn(String key, LocalDate date) {
        return repository.valueOn(key, date);
    }

    /** The values of {@code keys} in force on {@code date}, read at once; a key without one is absent. */
    public java.util.Map<String, String> valuesOn(java.util.Collection<String> keys, LocalDate date) {
        return repository.valuesOn(keys, date);
    }

    public int pricePublicityDays(LocalDate on) {
        return valueOn(PRICE_PUBLICITY_DAYS, on).map(Integer::parseInt).orElse(15);
    }

    public String approvalTiers(LocalDate on) {
        return valueOn(APPROVAL_TIERS, on).orElse("2000000.00:SCIENCE_OFFICE;4999999.99:VICE_PRESIDENT;:PRESIDENT_MEETING");
    }

    /** Records a new value from a date on; earlier values stay in force for earlier dates. */
    public void set(String key, LocalDate effectiveFrom, String value) {
        repository.put(key, effectiveFrom, value);
        logChanged(List.of(key), effectiveFrom);
    }

    /** Records several values from one date at once (all or none), audited as the current user's change. */
    public void setAll(LocalDate effectiveFrom, Map<String, String> values, LocalDateTime now) {
        repository.putAll(values, effectiveFrom, Actor.current(), now);
        logChanged(values.keySet(), effectiveFrom);
    }

    /**
     * Which settings changed from when, for support; not their values: the unit's settings hold names and
     * numbers the audit history keeps for the office, and the log is no place for them (PIPL, DOMAIN §6).
     */
    private static void logChanged(java.util.Collection<String> keys, LocalDate effectiveFrom) {
        LOG.info("Settings recorded in force from {}: {}", effectiveFrom, new java.util.TreeSet<>(keys));
    }

    /** Every recorded value of {@code key} with its date of effect, newest first. */
    public List<DatedValue> history(String key) {
        return repository.history(key);
    }
}
