package org.transferdesk.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * One result in the office's 成果目录 page: the result as the staff know it (number, internal title) and where its
 * public profile stands. {@code publicTitle}, {@code field}, {@code stage} and {@code modes} are the profile's, empty
 * without one.
 */
public record CatalogueRow(long disclosureId, String resultNo, String title, String department, String publicTitle,
                           String field, DevelopmentStage stage, List<CooperationMode> modes, ProfileStatus status,
                           LocalDate publishedOn, boolean confidential, String manager) {
    public CatalogueRow {
        modes = List.copyOf(modes);
    }

    /** What the search box looks through. */
    public String searchText() {
        return String.join(" ", resultNo, title, nz(publicTitle), nz(field), nz(department), nz(manager));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
