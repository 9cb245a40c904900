package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.CollectionInterview.Representative;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static hpf.compliance.core.rules.Checks.*;
import static hpf.compliance.core.rules.InterviewRules.*;
import static org.junit.jupiter.api.Assertions.*;

class InterviewRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    static final LocalDate DAY = LocalDate.of(2026, 4, 15);

    static CollectionInterview interview(List<String> staff, List<Representative> reps, ArrearsCause cause, String text,
                                         LocalDate by, BigDecimal amount) {
        return new CollectionInterview(DAY, staff, reps, cause, text, by, amount);
    }

    static CollectionInterview ok() {
        return interview(List.of("王明", "李娜"), List.of(new Representative("张伟", "财务负责人")), ArrearsCause.OPERATING_DIFFICULTY,
                null, LocalDate.of(2026, 5, 31), new BigDecimal("86400.00"));
    }

    @Test
    void completeRecordPasses() {
        assertNone(InterviewRules.check(ok(), TODAY));
        assertNone(InterviewRules.check(interview(List.of("王明", "李娜"), List.of(new Representative("张伟", "经办人")),
                ArrearsCause.REFUSAL, null, null, null), TODAY));
    }

    @Test
    void atLeastTwoDistinctStaff() {
        Violation v = assertOnly(TWO_STAFF_REQUIRED, InterviewRules.check(interview(List.of("王明"), ok().representatives(),
                ArrearsCause.SUSPENDED, null, null, null), TODAY));
        assertEquals(1, v.args().get("count"));
        assertOnly(TWO_STAFF_REQUIRED, InterviewRules.check(interview(List.of("王明", " 王明 ", ""), ok().representatives(),
                ArrearsCause.SUSPENDED, null, null, null), TODAY));
        assertOnly(TWO_STAFF_REQUIRED, InterviewRules.check(interview(null, ok().representatives(), ArrearsCause.SUSPENDED, null, null, null), TODAY));
    }

    @Test
    void representativeWithNameAndRole() {
        assertOnly(REPRESENTATIVE_REQUIRED, InterviewRules.check(interview(ok().staff(), List.of(), ArrearsCause.SUSPENDED, null, null, null), TODAY));
        Violation v = assertOnly(REPRESENTATIVE_ROLE_REQUIRED, InterviewRules.check(interview(ok().staff(),
                List.of(new Representative("张伟", " ")), ArrearsCause.SUSPENDED, null, null, null), TODAY));
        assertEquals("representatives[0].role", v.field());
        assertEquals("张伟", v.args().get("name"));
        assertOnly(REPRESENTATIVE_NAME_REQUIRED, InterviewRules.check(interview(ok().staff(),
                List.of(new Representative("张伟", "经办人"), new Representative(null, "法定代表人")), ArrearsCause.SUSPENDED, null, null, null), TODAY));
    }

    @Test
    void causeFromEnumerationAndOtherNeedsText() {
        assertOnly(CAUSE_REQUIRED, InterviewRules.check(interview(ok().staff(), ok().representatives(), null, null, null, null), TODAY));
        assertOnly(OTHER_CAUSE_TEXT_REQUIRED, InterviewRules.check(interview(ok().staff(), ok().representatives(), ArrearsCause.OTHER, "", null, null), TODAY));
        assertNone(InterviewRules.check(interview(ok().staff(), ok().representatives(), ArrearsCause.OTHER, "股东纠纷", null, null), TODAY));
        assertEquals(ArrearsCause.UNREACHABLE, ArrearsCause.of("失联"));
        assertEquals(ArrearsCause.POLICY_UNAWARE, ArrearsCause.of("policy_unaware"));
        assertNull(ArrearsCause.of("不想缴"));
        assertEquals(List.of("经营困难", "停产停业", "改制重组", "破产清算", "失联", "拒不缴存", "对政策不了解", "其他"),
                java.util.Arrays.stream(ArrearsCause.values()).map(ArrearsCause::label).toList());
    }

    @Test
    void interviewDateRequiredAndNotInFuture() {
        CollectionInterview base = ok();
        assertHas(DATE_REQUIRED, InterviewRules.check(new CollectionInterview(null, base.staff(), base.representatives(), base.cause(), null, null, null), TODAY));
        assertOnly(DATE_IN_FUTURE, InterviewRules.check(new CollectionInterview(TODAY.plusDays(1), base.staff(), base.representatives(),
                base.cause(), null, null, null), TODAY));
        assertNone(InterviewRules.check(new CollectionInterview(TODAY, base.staff(), base.representatives(), base.cause(), null, null, null), TODAY));
    }

    @Test
    void commitmentOnOrAfterInterviewWithPositiveAmount() {
        Violation v = assertOnly(COMMITMENT_BEFORE_INTERVIEW, InterviewRules.check(interview(ok().staff(), ok().representatives(),
                ArrearsCause.SUSPENDED, null, DAY.minusDays(1), BigDecimal.TEN), TODAY));
        assertEquals(DAY, v.args().get("date"));
        assertNone(InterviewRules.check(interview(ok().staff(), ok().representatives(), ArrearsCause.SUSPENDED, null, DAY, BigDecimal.TEN), TODAY));
        assertOnly(COMMITMENT_AMOUNT_REQUIRED, InterviewRules.check(interview(ok().staff(), ok().representatives(),
                ArrearsCause.SUSPENDED, null, DAY, BigDecimal.ZERO), TODAY));
        assertOnly(COMMITMENT_AMOUNT_REQUIRED, InterviewRules.check(interview(ok().staff(), ok().representatives(),
                ArrearsCause.SUSPENDED, null, DAY, null), TODAY));
        assertOnly(COMMITMENT_DATE_REQUIRED, InterviewRules.check(interview(ok().staff(), ok().representatives(),
                ArrearsCause.SUSPENDED, null, null, BigDecimal.TEN), TODAY));
    }

    @Test
    void followUpDeadlineIsTheCommitmentDate() {
        assertEquals(Optional.of(LocalDate.of(2026, 5, 31)), InterviewRules.followUpDeadline(ok()));
        assertEquals(Optional.empty(), InterviewRules.followUpDeadline(interview(ok().staff(), ok().representatives(), ArrearsCause.REFUSAL, null, null, null)));
    }
}
