package org.transferdesk.people;

/** An episode with the person it belongs to, for lists of everyone's episodes. */
public record EpisodeRow(PersonEpisode episode, String staffNo, String personName, String departmentName) {
}
