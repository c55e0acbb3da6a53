package org.transferdesk.due;

import java.time.LocalDate;

/**
 * An open company need (待对接, 已匹配 or 洽谈中) with the day the company wants an answer by (issue 25's needs
 * register), as 待办 reminds it. Declared here, so that 待办 needs nothing from the needs feature: the composition
 * root hands them in ({@link DueSources#needDeadlines}).
 */
public record NeedDeadline(long needId, String company, String title, LocalDate deadline) {
}
