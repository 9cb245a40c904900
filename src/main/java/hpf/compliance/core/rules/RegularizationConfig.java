package hpf.compliance.core.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Local policy for rate-reduction and deferral applications. None of these numbers is national law: they are the
 * common practice the center may change, so they live in configuration (campaign data), not in the rules.
 *
 * @param maxPeriodMonths      longest approved period, and the most deferral months (default 12)
 * @param minNoticeDays        shortest public notice in the unit, counted in calendar days inclusive (default 5)
 * @param renewalWindowMonths  a unit with an approval in force may apply again only in this many last months of it (default 1)
 * @param committeeStep        whether the management committee (管委会) approves after the office review
 * @param stepDays             processing time of each review step in working days
 * @param requiredAttachments  documents every application must carry
 */
public record RegularizationConfig(int maxPeriodMonths, int minNoticeDays, int renewalWindowMonths, boolean committeeStep,
                                   Map<ReviewStep, Integer> stepDays, Set<AttachmentType> requiredAttachments) {

    public RegularizationConfig {
        if (maxPeriodMonths < 1) throw new IllegalArgumentException("maxPeriodMonths must be at least 1");
        if (minNoticeDays < 1) throw new IllegalArgumentException("minNoticeDays must be at least 1");
        if (renewalWindowMonths < 1) throw new IllegalArgumentException("renewalWindowMonths must be at least 1");
        EnumMap<ReviewStep, Integer> days = new EnumMap<>(ReviewStep.class);
        days.putAll(DEFAULT_STEP_DAYS);
        if (stepDays != null) days.putAll(stepDays);
        days.forEach((step, n) -> {
            if (n == null || n < 0) throw new IllegalArgumentException("processing days of " + step + " must be 0 or more");
        });
        stepDays = Collections.unmodifiableMap(days);
        requiredAttachments = requiredAttachments == null || requiredAttachments.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(AttachmentType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredAttachments));
    }

    private static final Map<ReviewStep, Integer> DEFAULT_STEP_DAYS = Map.of(
            ReviewStep.BRANCH_INTAKE, 5,
            ReviewStep.OFFICE_REVIEW, 10,
            ReviewStep.COMMITTEE, 15,
            ReviewStep.APPROVAL, 5);

    /** 12 months, 5 notice days, 1-month renewal window, no committee step, all four attachments required. */
    public static RegularizationConfig defaults() {
        return new RegularizationConfig(12, 5, 1, false, DEFAULT_STEP_DAYS, EnumSet.allOf(AttachmentType.class));
    }

    public RegularizationConfig withMaxPeriodMonths(int n) {
        return new RegularizationConfig(n, minNoticeDays, renewalWindowMonths, committeeStep, stepDays, requiredAttachments);
    }

    public RegularizationConfig withMinNoticeDays(int n) {
        return new RegularizationConfig(maxPeriodMonths, n, renewalWindowMonths, committeeStep, stepDays, requiredAttachments);
    }

    public RegularizationConfig withRenewalWindowMonths(int n) {
        return new RegularizationConfig(maxPeriodMonths, minNoticeDays, n, committeeStep, stepDays, requiredAttachments);
    }

    public RegularizationConfig withCommitteeStep(boolean on) {
        return new RegularizationConfig(maxPeriodMonths, minNoticeDays, renewalWindowMonths, on, stepDays, requiredAttachments);
    }

    public RegularizationConfig withStepDays(ReviewStep step, int days) {
        EnumMap<ReviewStep, Integer> m = new EnumMap<>(stepDays);
        m.put(step, days);
        return new RegularizationConfig(maxPeriodMonths, minNoticeDays, renewalWindowMonths, committeeStep, m, requiredAttachments);
    }

    public RegularizationConfig withRequiredAttachments(Set<AttachmentType> required) {
        return new RegularizationConfig(maxPeriodMonths, minNoticeDays, renewalWindowMonths, committeeStep, stepDays, required);
    }

    public int daysFor(ReviewStep step) {
        return stepDays.get(step);
    }
}
