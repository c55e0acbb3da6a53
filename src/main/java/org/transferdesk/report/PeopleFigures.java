package org.transferdesk.report;

/** Part (4): people with a side job / on leave to found a company at some time in the year, and those who started in it. */
public record PeopleFigures(int sideJobs, int sideJobsStarted, int leaveToFound, int leaveToFoundStarted) {
}
