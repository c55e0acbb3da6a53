package org.transferdesk.fees;

import java.math.BigDecimal;
import java.util.Objects;
import org.transferdesk.common.Money;

/** The annual fee (yuan) of fee years {@code fromYear}..{@code toYear} inclusive. */
public record FeeBand(int fromYear, int toYear, BigDecimal amount) {
    public FeeBand {
        Objects.requireNonNull(amount, "amount");
        if (fromYear < 1 || toYear < fromYear) {
            throw new IllegalArgumentException("bad fee years " + fromYear + "-" + toYear);
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative fee " + amount);
        }
        amount = Money.of(amount);
    }

    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }
}
