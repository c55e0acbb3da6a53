package org.transferdesk.dashboard.ui;

import org.transferdesk.dashboard.Figure;

/** A key-figure tile as shown: title, value (万元 for money), last year's value and the change. */
public record Tile(Figure figure, String title, String value, String previous, String change, Trend trend) {
    /** Which way the figure moved since last year; NONE when last year had nothing to compare with. */
    public enum Trend { UP, DOWN, SAME, NONE }
}
