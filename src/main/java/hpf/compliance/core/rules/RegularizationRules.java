package hpf.compliance.core.rules;

import hpf.compliance.core.Rates;
import hpf.compliance.core.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static hpf.compliance.core.Rates.formatPercent;

/**
 * Checks a rate-reduction (降低缴存比例) or deferral (缓缴) application before the branch passes it on for review.
 * Art. 20 of the regulation allows either only for a unit in real difficulty, after its workers approve and the
 * center reviews; the 2026 plan adds that employer and employee rates each stay at 5% or more. Everything else here
 * (12-month cap, 5-day notice, one-month renewal window) is configurable local practice, see {@link RegularizationConfig}.
 */
public final class RegularizationRules {
    private RegularizationRules() {}

    public static final String KIND_REQUIRED = "Application kind (rate reduction or deferral) is required";
    public static final String SUBMITTED_REQUIRED = "Submission date is required";

    public static final String CURRENT_EMPLOYER_RATE_REQUIRED = "Current employer rate of the unit is required";
    public static final String CURRENT_EMPLOYEE_RATE_REQUIRED = "Current employee rate of the unit is required";
    public static final String CURRENT_EMPLOYER_RATE_OUT_OF_RANGE = "Current employer rate ${rate} is outside the allowed range of 5% to 12%";
    public static final String CURRENT_EMPLOYEE_RATE_OUT_OF_RANGE = "Current employee rate ${rate} is outside the allowed range of 5% to 12%";
    public static final String REQUESTED_EMPLOYER_RATE_REQUIRED = "Requested employer rate is required";
    public static final String REQUESTED_EMPLOYEE_RATE_REQUIRED = "Requested employee rate is required";
    public static final String REQUESTED_EMPLOYER_RATE_BELOW_MIN = "Requested employer rate ${rate} is below the minimum of 5%";
    public static final String REQUESTED_EMPLOYEE_RATE_BELOW_MIN = "Requested employee rate ${rate} is below the minimum of 5%";
    public static final String REQUESTED_EMPLOYER_RATE_HIGHER = "Requested employer rate ${rate} must not be higher than the current rate ${current}";
    public static final String REQUESTED_EMPLOYEE_RATE_HIGHER = "Requested employee rate ${rate} must not be higher than the current rate ${current}";
    public static final String NO_RATE_LOWERED = "At least one requested rate must be lower than the current rate (employer ${employerCurrent}, employee ${employeeCurrent})";

    public static final String DEFERRAL_MONTHS_REQUIRED = "Number of months to defer is required";
    public static final String DEFERRAL_MONTHS_OUT_OF_RANGE = "Months to defer ${months} must be between 1 and ${max}";
    public static final String DEFERRAL_MONTHS_EXCEED_PERIOD = "Months to defer ${months} exceed the ${periodMonths} months of the requested period";

    public static final String PERIOD_FROM_REQUIRED = "Start date of the requested period is required";
    public static final String PERIOD_THRU_REQUIRED = "End date of the requested period is required";
    public static final String PERIOD_THRU_NOT_AFTER_FROM = "End of the requested period ${thru} must be after its start ${from}";
    public static final String PERIOD_TOO_LONG = "Requested period of ${months} months exceeds the maximum of ${max} months";

    public static final String RENEWAL_OUTSIDE_WINDOW = "The unit has approved terms in force until ${thru}; a renewal may be submitted only from ${windowFrom}";
    public static final String RENEWAL_OVERLAPS = "The renewed period must start after the current terms end on ${thru}";
    public static final String APPLICATION_IN_PROGRESS = "The unit already has an application in progress (${applications})";

    public static final String REASON_REQUIRED = "Reason for the application is required";
    public static final String PROFIT_LOSS_LAST_YEAR_REQUIRED = "Profit or loss of the previous year is required";
    public static final String PROFIT_LOSS_YEAR_BEFORE_REQUIRED = "Profit or loss of the year before the previous year is required";

    public static final String RESOLUTION_REQUIRED = "Resolution of the workers' congress or union is required";
    public static final String RESOLUTION_BODY_REQUIRED = "Body that passed the resolution is required";
    public static final String RESOLUTION_DATE_REQUIRED = "Resolution date is required";
    public static final String ATTENDANCE_REQUIRED = "Attendance at the vote is required";
    public static final String VOTES_FOR_REQUIRED = "Votes for are required";
    public static final String VOTES_AGAINST_REQUIRED = "Votes against are required";
    public static final String COUNT_NEGATIVE = "Counts must not be negative";
    public static final String ATTENDANCE_EXCEEDS_MEMBERS = "Attendance ${attendance} exceeds the ${members} members of the body";
    public static final String ATTENDANCE_NOT_MAJORITY = "Attendance ${attendance} must be more than half of the ${members} members";
    public static final String VOTES_EXCEED_ATTENDANCE = "Votes for and against (${votes}) exceed the attendance ${attendance}";
    public static final String VOTES_FOR_NOT_MAJORITY = "Votes for ${votesFor} must be more than half of the attendance ${attendance}";
    public static final String SIGNATURES_REQUIRED = "Number of workers who signed is required";
    public static final String WORKER_COUNT_REQUIRED = "Number of workers of the unit is required to check the signatures";
    public static final String SIGNATURES_BELOW_TWO_THIRDS = "Signatures ${signatures} must be at least two thirds of the ${workers} workers";
    public static final String SIGNATURES_BUT_CONGRESS = "The unit has a workers' congress, so the congress or the union must pass the resolution";
    public static final String RESOLUTION_AFTER_NOTICE = "Resolution date ${resolutionDate} must be on or before the start of the public notice ${noticeFrom}";

    public static final String NOTICE_REQUIRED = "Public notice in the unit is required";
    public static final String NOTICE_FROM_REQUIRED = "Start date of the public notice is required";
    public static final String NOTICE_THRU_REQUIRED = "End date of the public notice is required";
    public static final String NOTICE_THRU_BEFORE_FROM = "End of the public notice ${thru} must not be before its start ${from}";
    public static final String NOTICE_TOO_SHORT = "Public notice of ${days} days is shorter than the minimum of ${min} days";
    public static final String NOTICE_NOT_ENDED = "Public notice must end before the submission date ${submitted}; it ends on ${thru}";
    public static final String OBJECTIONS_REQUIRED = "Number of objections to the public notice is required";
    public static final String OBJECTIONS_RESPONSE_REQUIRED = "${objections} objections were raised; how they were answered is required";

    public static final String ATTACHMENT_APPLICATION_FORM_MISSING = "Attachment missing: application form";
    public static final String ATTACHMENT_RESOLUTION_MISSING = "Attachment missing: resolution of the workers' congress or union";
    public static final String ATTACHMENT_NOTICE_EVIDENCE_MISSING = "Attachment missing: evidence of the public notice";
    public static final String ATTACHMENT_HARDSHIP_PROOF_MISSING = "Attachment missing: proof of financial difficulty";

    private static final Map<AttachmentType, String> MISSING = Map.of(
            AttachmentType.APPLICATION_FORM, ATTACHMENT_APPLICATION_FORM_MISSING,
            AttachmentType.RESOLUTION, ATTACHMENT_RESOLUTION_MISSING,
            AttachmentType.NOTICE_EVIDENCE, ATTACHMENT_NOTICE_EVIDENCE_MISSING,
            AttachmentType.HARDSHIP_PROOF, ATTACHMENT_HARDSHIP_PROOF_MISSING);


    /** All broken rules of {@code app} for the unit {@code unit}; empty when the branch may pass it on. */
    public static List<Violation> check(RegularizationApplication app, UnitFacts unit, RegularizationConfig config) {
        Found f = new Found();
        if (app.kind() == null) f.add(KIND_REQUIRED, "kind");
        if (app.submittedDate() == null) f.add(SUBMITTED_REQUIRED, "submittedDate");
        if (app.kind() == RegularizationKind.RATE_REDUCTION) checkRates(app, unit, f);
        checkPeriod(app, config, f);
        if (app.kind() == RegularizationKind.DEFERRAL) checkDeferralMonths(app, config, f);
        checkRenewalAndDuplicates(app, unit, config, f);
        checkHardship(app, f);
        checkResolution(app.resolution(), unit, f);
        checkNotice(app, config, f);
        for (AttachmentType t : config.requiredAttachments()) {
            if (!app.attachments().contains(t)) f.add(MISSING.get(t), "attachments", "attachment", t.name());
        }
        return f.list();
    }

    // --- rates ---------------------------------------------------------------------------------------------------

    private static void checkRates(RegularizationApplication app, UnitFacts unit, Found f) {
        BigDecimal curEr = unit.employerRate(), curEe = unit.employeeRate();
        BigDecimal reqEr = app.requestedEmployerRate(), reqEe = app.requestedEmployeeRate();
        // the current rates come from the account; outside 5-12% the unit must first be brought in line, not reduced
        currentRate(curEr, "employerRate", CURRENT_EMPLOYER_RATE_REQUIRED, CURRENT_EMPLOYER_RATE_OUT_OF_RANGE, f);
        currentRate(curEe, "employeeRate", CURRENT_EMPLOYEE_RATE_REQUIRED, CURRENT_EMPLOYEE_RATE_OUT_OF_RANGE, f);
        requestedRate(reqEr, curEr, "requestedEmployerRate", REQUESTED_EMPLOYER_RATE_REQUIRED,
                REQUESTED_EMPLOYER_RATE_BELOW_MIN, REQUESTED_EMPLOYER_RATE_HIGHER, f);
        requestedRate(reqEe, curEe, "requestedEmployeeRate", REQUESTED_EMPLOYEE_RATE_REQUIRED,
                REQUESTED_EMPLOYEE_RATE_BELOW_MIN, REQUESTED_EMPLOYEE_RATE_HIGHER, f);
        // one rate may stay as it is, but an application that lowers nothing is not a reduction
        if (curEr != null && curEe != null && reqEr != null && reqEe != null
                && reqEr.compareTo(curEr) >= 0 && reqEe.compareTo(curEe) >= 0) {
            f.add(NO_RATE_LOWERED, "requestedEmployerRate", "employerCurrent", formatPercent(curEr), "employeeCurrent", formatPercent(curEe));
        }
    }

    private static void currentRate(BigDecimal rate, String field, String required, String outOfRange, Found f) {
        if (rate == null) f.add(required, field);
        else if (rate.compareTo(Rates.MIN) < 0 || rate.compareTo(Rates.MAX) > 0) f.add(outOfRange, field, "rate", formatPercent(rate));
    }

    private static void requestedRate(BigDecimal rate, BigDecimal current, String field, String required, String belowMin,
                                      String higher, Found f) {
        if (rate == null) {
            f.add(required, field);
            return;
        }
        if (rate.compareTo(Rates.MIN) < 0) f.add(belowMin, field, "rate", formatPercent(rate));
        if (current != null && rate.compareTo(current) > 0) {
            f.add(higher, field, "rate", formatPercent(rate), "current", formatPercent(current));
        }
    }

    // --- period and deferral months ------------------------------------------------------------------------------

    private static void checkPeriod(RegularizationApplication app, RegularizationConfig config, Found f) {
        LocalDate from = app.periodFrom(), thru = app.periodThru();
        if (from == null) f.add(PERIOD_FROM_REQUIRED, "periodFrom");
        if (thru == null) f.add(PERIOD_THRU_REQUIRED, "periodThru");
        if (from == null || thru == null) return;
        if (!thru.isAfter(from)) {
            f.add(PERIOD_THRU_NOT_AFTER_FROM, "periodThru", "thru", thru, "from", from);
            return;
        }
        int months = TermsPeriod.monthsSpanned(from, thru);
        if (months > config.maxPeriodMonths()) f.add(PERIOD_TOO_LONG, "periodThru", "months", months, "max", config.maxPeriodMonths());
    }

    private static void checkDeferralMonths(RegularizationApplication app, RegularizationConfig config, Found f) {
        Integer n = app.deferralMonths();
        if (n == null) {
            f.add(DEFERRAL_MONTHS_REQUIRED, "deferralMonths");
            return;
        }
        if (n < 1 || n > config.maxPeriodMonths()) {
            f.add(DEFERRAL_MONTHS_OUT_OF_RANGE, "deferralMonths", "months", n, "max", config.maxPeriodMonths());
            return;
        }
        LocalDate from = app.periodFrom(), thru = app.periodThru();
        if (from != null && thru != null && thru.isAfter(from)) {
            // the deferred months lie inside the approved period, else part of the deferral would have no approval
            int periodMonths = TermsPeriod.monthsSpanned(from, thru);
            if (n > periodMonths) f.add(DEFERRAL_MONTHS_EXCEED_PERIOD, "deferralMonths", "months", n, "periodMonths", periodMonths);
        }
    }

    private static void checkRenewalAndDuplicates(RegularizationApplication app, UnitFacts unit, RegularizationConfig config, Found f) {
        TermsPeriod current = unit.termsInForce();
        LocalDate submitted = app.submittedDate();
        if (current != null && submitted != null && !submitted.isAfter(current.thru())) {
            // relief is bounded: it may be extended only near its end, once the unit's situation can be judged again
            if (!current.isInRenewalWindow(submitted, config.renewalWindowMonths())) {
                f.add(RENEWAL_OUTSIDE_WINDOW, "submittedDate", "thru", current.thru(),
                        "windowFrom", current.renewalWindowStart(config.renewalWindowMonths()));
            }
            if (app.periodFrom() != null && !app.periodFrom().isAfter(current.thru())) {
                f.add(RENEWAL_OVERLAPS, "periodFrom", "thru", current.thru());
            }
        }
        if (!unit.applicationsInProgress().isEmpty()) {
            f.add(APPLICATION_IN_PROGRESS, null, "applications", String.join(", ", unit.applicationsInProgress()));
        }
    }

    private static void checkHardship(RegularizationApplication app, Found f) {
        if (Found.blank(app.reason())) f.add(REASON_REQUIRED, "reason");
        if (app.profitLossLastYear() == null) f.add(PROFIT_LOSS_LAST_YEAR_REQUIRED, "profitLossLastYear");
        if (app.profitLossYearBefore() == null) f.add(PROFIT_LOSS_YEAR_BEFORE_REQUIRED, "profitLossYearBefore");
    }

    // --- resolution ----------------------------------------------------------------------------------------------

    private static void checkResolution(WorkerResolution r, UnitFacts unit, Found f) {
        if (r == null) {
            f.add(RESOLUTION_REQUIRED, "resolution");
            return;
        }
        if (r.resolutionDate() == null) f.add(RESOLUTION_DATE_REQUIRED, "resolution.resolutionDate");
        if (r.body() == null) {
            f.add(RESOLUTION_BODY_REQUIRED, "resolution.body");
        } else if (r.body() == ResolutionBody.WORKER_SIGNATURES) {
            checkSignatures(r, unit, f);
        } else {
            checkVote(r, f);
        }
    }

    private static void checkVote(WorkerResolution r, Found f) {
        Integer members = r.memberCount(), att = r.attendance(), yes = r.votesFor(), no = r.votesAgainst();
        if (att == null) f.add(ATTENDANCE_REQUIRED, "resolution.attendance");
        if (yes == null) f.add(VOTES_FOR_REQUIRED, "resolution.votesFor");
        if (no == null) f.add(VOTES_AGAINST_REQUIRED, "resolution.votesAgainst");
        if (negative(members) || negative(att) || negative(yes) || negative(no)) {
            f.add(COUNT_NEGATIVE, "resolution");
            return;
        }
        if (att == null) return;
        if (members != null) {
            if (att > members) f.add(ATTENDANCE_EXCEEDS_MEMBERS, "resolution.attendance", "attendance", att, "members", members);
            // a vote binds the body only with a quorum of more than half of its members
            else if (2L * att <= members) f.add(ATTENDANCE_NOT_MAJORITY, "resolution.attendance", "attendance", att, "members", members);
        }
        if (yes != null && no != null && (long) yes + no > att) {
            f.add(VOTES_EXCEED_ATTENDANCE, "resolution.votesFor", "votes", yes + no, "attendance", att);
        }
        if (yes != null && 2L * yes <= att) f.add(VOTES_FOR_NOT_MAJORITY, "resolution.votesFor", "votesFor", yes, "attendance", att);
    }

    private static void checkSignatures(WorkerResolution r, UnitFacts unit, Found f) {
        // signatures replace a vote only where no congress exists to hold one
        if (Boolean.TRUE.equals(unit.hasWorkersCongress())) f.add(SIGNATURES_BUT_CONGRESS, "resolution.body");
        Integer signed = r.signatures(), workers = unit.workerCount();
        if (signed == null) {
            f.add(SIGNATURES_REQUIRED, "resolution.signatures");
            return;
        }
        if (negative(signed)) {
            f.add(COUNT_NEGATIVE, "resolution.signatures");
            return;
        }
        if (workers == null) {
            f.add(WORKER_COUNT_REQUIRED, "workerCount");
            return;
        }
        if (3L * signed < 2L * workers) f.add(SIGNATURES_BELOW_TWO_THIRDS, "resolution.signatures", "signatures", signed, "workers", workers);
    }

    private static boolean negative(Integer n) {
        return n != null && n < 0;
    }

    // --- public notice -------------------------------------------------------------------------------------------

    private static void checkNotice(RegularizationApplication app, RegularizationConfig config, Found f) {
        PublicNotice n = app.notice();
        if (n == null) {
            f.add(NOTICE_REQUIRED, "notice");
            return;
        }
        LocalDate from = n.from(), thru = n.thru();
        if (from == null) f.add(NOTICE_FROM_REQUIRED, "notice.from");
        if (thru == null) f.add(NOTICE_THRU_REQUIRED, "notice.thru");
        WorkerResolution r = app.resolution();
        // the workers must have decided before the decision is posted for objections
        if (from != null && r != null && r.resolutionDate() != null && r.resolutionDate().isAfter(from)) {
            f.add(RESOLUTION_AFTER_NOTICE, "resolution.resolutionDate", "resolutionDate", r.resolutionDate(), "noticeFrom", from);
        }
        if (from != null && thru != null) {
            if (thru.isBefore(from)) {
                f.add(NOTICE_THRU_BEFORE_FROM, "notice.thru", "thru", thru, "from", from);
            } else {
                long days = ChronoUnit.DAYS.between(from, thru) + 1;
                if (days < config.minNoticeDays()) f.add(NOTICE_TOO_SHORT, "notice.thru", "days", days, "min", config.minNoticeDays());
            }
        }
        // workers must have had the whole notice period to object before the center is asked
        if (thru != null && app.submittedDate() != null && !thru.isBefore(app.submittedDate())) {
            f.add(NOTICE_NOT_ENDED, "notice.thru", "submitted", app.submittedDate(), "thru", thru);
        }
        if (n.objections() == null) {
            f.add(OBJECTIONS_REQUIRED, "notice.objections");
        } else if (n.objections() < 0) {
            f.add(COUNT_NEGATIVE, "notice.objections");
        } else if (n.objections() > 0 && Found.blank(n.objectionsResponse())) {
            f.add(OBJECTIONS_RESPONSE_REQUIRED, "notice.objectionsResponse", "objections", n.objections());
        }
    }
}
