package org.transferdesk.report;

/**
 * R-REPORT-MORE: whether the unit had a technology-transfer office in the year and how many people were its
 * full-time staff (counted from people records, never typed).
 */
public record OfficeFigures(boolean transferOffice, int fullTimeStaff) {
    public static final OfficeFigures NONE = new OfficeFigures(false, 0);
}
