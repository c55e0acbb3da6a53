package org.transferdesk.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.common.Problem;
import org.transferdesk.common.UserFacingException;
import org.transferdesk.common.ValidationException;

/**
 * One year of China's official holiday arrangements in the open JSON format of the holiday-cn project
 * ({@code {"year": 2026, "papers": ["https://www.gov.cn/…"], "days": [{"name": "春节", "date": "2026-02-15",
 * "isOffDay": true}, …]}}), which many offices and calendars already use. A day off is a {@link
 * CalendarDay.Kind#HOLIDAY}, a worked weekend day ({@code isOffDay: false}) a {@link CalendarDay.Kind#WORKDAY}.
 * A day may lie in the year before (the 元旦 period of 2023 starts on 2022-12-31): it is kept, never dropped.
 *
 * @param papers the State Council notices the file was made from, as the file names them
 */
public record HolidayCnFile(int year, List<String> papers, List<CalendarDay> days) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public HolidayCnFile {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /** Reads the file; every problem in it (1-based day numbers) is reported at once, nothing is guessed. */
    public static HolidayCnFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UserFacingException("workCalendar.import.unreadable", new Object[] {file.toString()}, e);
        }
    }

    static HolidayCnFile parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(Problem.error("workCalendar.import.notJson", "file",
                    e.getOriginalMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ValidationException(List.of(Problem.error("workCalendar.import.notObject", "file")));
        }
        JsonNode yearNode = root.get("year");
        int year = 0;
        if (yearNode == null || !yearNode.canConvertToInt() || !yearNode.isIntegralNumber()
                || yearNode.asInt() < 1900 || yearNode.asInt() > 2200) {
            problems.add(Problem.error("workCalendar.import.year", "year", String.valueOf(yearNode)));
        } else {
            year = yearNode.asInt();
        }
        List<String> papers = new ArrayList<>();
        JsonNode papersNode = root.get("papers");
        if (papersNode != null && papersNode.isArray()) {
            papersNode.forEach(p -> papers.add(p.asText()));
        }
        JsonNode daysNode = root.get("days");
        List<CalendarDay> days = new ArrayList<>();
        if (daysNode == null || !daysNode.isArray()) {
            problems.add(Problem.error("workCalendar.import.days", "days"));
        } else {
            for (int i = 0; i < daysNode.size(); i++) {
                CalendarDay day = day(i + 1, daysNode.get(i), problems);
                if (day != null) {
                    days.add(day);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new HolidayCnFile(year, papers, days);
    }

    private static CalendarDay day(int number, JsonNode node, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(Problem.error("workCalendar.import.dayNotObject", "days", number));
            return null;
        }
        JsonNode name = node.get("name");
        JsonNode date = node.get("date");
        JsonNode off = node.get("isOffDay");
        int before = problems.size();
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.add(Problem.error("workCalendar.import.dayName", "days", number));
        }
        LocalDate day = null;
        if (date == null || !date.isTextual()) {
            problems.add(Problem.error("workCalendar.import.dayDate", "days", number, String.valueOf(date)));
        } else {
            try {
                day = LocalDate.parse(date.asText());
            } catch (DateTimeException e) {
                problems.add(Problem.error("workCalendar.import.dayDate", "days", number, date.asText()));
            }
        }
        if (off == null || !off.isBoolean()) {
            problems.add(Problem.error("workCalendar.import.dayOff", "days", number, String.valueOf(off)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new CalendarDay(day, off.asBoolean() ? CalendarDay.Kind.HOLIDAY : CalendarDay.Kind.WORKDAY,
                name.asText().strip());
    }
}
