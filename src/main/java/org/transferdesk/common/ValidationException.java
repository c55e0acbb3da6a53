package org.transferdesk.common;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a save or import is refused; nothing has been written. */
public class ValidationException extends RuntimeException {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public String localizedSummary() {
        return problems.stream().map(Problem::message).collect(Collectors.joining("\n"));
    }
}
