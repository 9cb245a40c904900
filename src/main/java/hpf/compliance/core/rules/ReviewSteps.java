package hpf.compliance.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review flow of an application and the due date of each step. Each step's clock starts when the previous step
 * is due (or, once known, when it actually finished), so a late step pushes the rest rather than hiding the delay.
 */
public final class ReviewSteps {
    private ReviewSteps() {}

    /** One step with the day it is due. */
    public record Due(ReviewStep step, LocalDate dueDate) {}

    /** Branch intake → office review → [committee, when configured] → approval. */
    public static List<ReviewStep> sequence(RegularizationConfig config) {
        List<ReviewStep> steps = new ArrayList<>(4);
        steps.add(ReviewStep.BRANCH_INTAKE);
        steps.add(ReviewStep.OFFICE_REVIEW);
        if (config.committeeStep()) steps.add(ReviewStep.COMMITTEE);
        steps.add(ReviewStep.APPROVAL);
        return List.copyOf(steps);
    }

    /** The step after {@code current}, empty after approval. */
    public static Optional<ReviewStep> next(ReviewStep current, RegularizationConfig config) {
        List<ReviewStep> seq = sequence(config);
        int i = seq.indexOf(current);
        if (i < 0) throw new IllegalArgumentException(current + " is not a step of this review flow");
        return i + 1 < seq.size() ? Optional.of(seq.get(i + 1)) : Optional.empty();
    }

    /** Due dates of every step for an application submitted on {@code submitted}, each after the previous one. */
    public static List<Due> schedule(LocalDate submitted, RegularizationConfig config, WorkingCalendar calendar) {
        return scheduleFrom(ReviewStep.BRANCH_INTAKE, submitted, config, calendar);
    }

    /**
     * Due dates from {@code step} on, when {@code step} started on {@code started} (the day the previous step
     * finished); used to re-plan once a step is done early or late.
     */
    public static List<Due> scheduleFrom(ReviewStep step, LocalDate started, RegularizationConfig config, WorkingCalendar calendar) {
        if (started == null) throw new IllegalArgumentException("start date is required");
        List<ReviewStep> seq = sequence(config);
        int from = seq.indexOf(step);
        if (from < 0) throw new IllegalArgumentException(step + " is not a step of this review flow");
        List<Due> out = new ArrayList<>(seq.size() - from);
        LocalDate d = started;
        for (ReviewStep s : seq.subList(from, seq.size())) {
            d = calendar.plusWorkingDays(d, config.daysFor(s));
            out.add(new Due(s, d));
        }
        return List.copyOf(out);
    }

    /** True when a step due on {@code dueDate} and not finished is overdue on {@code today}. */
    public static boolean isOverdue(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate);
    }
}
