package org.transferdesk.dashboard.ui;

import java.math.BigDecimal;
import java.util.List;

/** A chart's series as plain data: a name and its (category, value) points, in the order drawn. */
public record ChartSeries(String name, List<Point> points) {
    public ChartSeries {
        points = List.copyOf(points);
    }

    /** One bar: its category (a year, a department, a step) and value (万元 or a count). */
    public record Point(String category, BigDecimal value) {
    }

    public BigDecimal valueAt(String category) {
        return points.stream().filter(p -> p.category().equals(category)).map(Point::value).findFirst()
                .orElse(null);
    }
}
