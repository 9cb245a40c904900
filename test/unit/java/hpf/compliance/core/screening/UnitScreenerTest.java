package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UnitScreenerTest {
    private static UnitScreening screen(UnitAccount u, List<RemittanceLine> lines) {
        return UnitScreener.screen(u, lines, PLAN);
    }

    @Nested
    class Settlement {
        @Test
        void unitPayingEveryMonthIsClearAndPaidThroughTheAssessmentMonth() {
            UnitScreening s = screen(normal("2024-01-20"), regularRange("2024-01", "2026-02", "100", "100"));
            assertEquals(Outcome.CLEAR, s.outcome());
            assertEquals(ArrearsType.NONE, s.type());
            assertEquals(0, s.owedMonths());
            assertEquals(0, s.amountOwedCents());
            assertNull(s.firstOwedMonth());
            assertEquals(YearMonth.of(2026, 2), s.paidThroughMonth());
            assertEquals(26, s.obligationMonths());
            assertTrue(s.reasons().contains(Reason.SETTLED));
        }

        @Test
        void obligationStartsInTheOpeningMonthNotBefore() {
            // paid from the month after opening: the opening month itself is owed
            UnitScreening s = screen(normal("2024-01-31"), regularRange("2024-02", "2026-02", "100", "100"));
            assertEquals(YearMonth.of(2024, 1), s.firstOwedMonth());
            assertEquals(1, s.owedMonths());
            assertEquals(YearMonth.of(2023, 12), s.paidThroughMonth());
        }

        @Test
        void unitWithoutAnyRecordOwesTheMonthlyDueForEveryMonth() {
            UnitScreening s = screen(unit(AccountStatus.NORMAL, "2025-01-01", null, "250.50"), List.of());
            assertEquals(14, s.owedMonths());
            assertEquals(14 * 25050, s.amountOwedCents());
            assertEquals(YearMonth.of(2025, 1), s.firstOwedMonth());
            assertEquals(YearMonth.of(2024, 12), s.paidThroughMonth());
            assertTrue(s.reasons().containsAll(List.of(Reason.NO_REMITTANCES, Reason.UNPAID_MONTHS, Reason.OWED_MONTHS)));
        }

        @Test
        void backPaymentSettlesAMonthLikeARegularOne() {
            List<RemittanceLine> lines = concat(regularRange("2024-01", "2026-02", "100", "100"));
            lines.set(3, regular("2024-04", "100", "0"));
            lines.add(back("2024-04", "100", "100"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(Outcome.CLEAR, s.outcome());
            assertTrue(s.reasons().contains(Reason.BACK_PAID));
        }

        @Test
        void regularAndBackPaymentsOfAMonthAreAdded() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(0, regular("2024-01", "100", "60"));
            lines.add(back("2024-01", "40", "40"));
            assertEquals(Outcome.CLEAR, screen(normal("2024-01-01"), lines).outcome());
        }

        @Test
        void partialPaymentIsUnderpaidForTheShortfall() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(2, regular("2024-03", "100", "60"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(Outcome.TARGET, s.outcome());
            assertEquals(ArrearsType.ARREARS, s.type());
            assertEquals(1, s.owedMonths());
            assertEquals(4000, s.amountOwedCents());
            assertEquals(YearMonth.of(2024, 3), s.firstOwedMonth());
            assertEquals(YearMonth.of(2024, 2), s.paidThroughMonth());
            assertTrue(s.reasons().contains(Reason.UNDERPAID));
            assertFalse(s.reasons().contains(Reason.UNPAID_MONTHS));
        }

        @Test
        void overpayingOneMonthDoesNotSettleAnother() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(0, regular("2024-01", "100", "200"));
            lines.set(1, regular("2024-02", "100", "0"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(1, s.owedMonths());
            assertEquals(10000, s.amountOwedCents());
        }

        @Test
        void amountOwedIsTheSumOfShortfalls() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(0, regular("2024-01", "100", "99.99"));
            lines.set(5, regular("2024-06", "100", "0"));
            lines.set(20, regular("2025-09", "100", "50"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(3, s.owedMonths());
            assertEquals(1 + 10000 + 5000, s.amountOwedCents());
        }

        @Test
        void recordDueReplacesTheMonthlyDue() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(0, regular("2024-01", "150", "100"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(5000, s.amountOwedCents());
            // a record due lower than the monthly due also rules: the month is settled
            lines.set(0, regular("2024-01", "80", "80"));
            assertEquals(Outcome.CLEAR, screen(normal("2024-01-01"), lines).outcome());
        }

        @Test
        void severalRecordsForAMonthUseTheLargestDue() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(0, regular("2024-01", "120", "100"));
            lines.add(back("2024-01", "20", "10"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(1000, s.amountOwedCents()); // due 120, paid 110
        }

        @Test
        void monthWithZeroDueIsSettledWithoutPayment() {
            UnitScreening s = screen(unit(AccountStatus.NORMAL, "2024-01-01", null, "0"), List.of());
            assertEquals(Outcome.CLEAR, s.outcome());
        }

        @Test
        void recordsOutsideTheObligationMonthsAreIgnored() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(0, regular("2024-01", "100", "0"));
            lines.add(regular("2023-12", "100", "100"));
            lines.add(regular("2026-03", "100", "100"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(1, s.owedMonths());
            assertTrue(s.reasons().contains(Reason.RECORDS_OUTSIDE_OBLIGATION));
        }
    }

    @Nested
    class StopThreshold {
        /** Paid everything except an old month (so F ≤ C) and the last {@code unpaid} months. */
        private UnitScreening withLastUnpaid(int unpaid, AccountStatus status) {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(4, regular("2024-05", "100", "0"));
            for (int i = 0; i < unpaid; i++) lines.set(lines.size() - 1 - i, regular(lines.get(lines.size() - 1 - i).month().toString(), "100", "0"));
            return screen(unit(status, "2024-01-01", null, "100"), lines);
        }

        @Test
        void kMinusOneUnpaidMonthsIsArrears() {
            UnitScreening s = withLastUnpaid(2, AccountStatus.NORMAL);
            assertEquals(ArrearsType.ARREARS, s.type());
            assertEquals(Outcome.TARGET, s.outcome());
            assertFalse(s.reasons().contains(Reason.STOPPED_K_MONTHS));
        }

        @Test
        void kUnpaidMonthsIsStopped() {
            UnitScreening s = withLastUnpaid(3, AccountStatus.NORMAL);
            assertEquals(ArrearsType.STOPPED, s.type());
            assertEquals(Outcome.TARGET, s.outcome());
            assertTrue(s.reasons().contains(Reason.STOPPED_K_MONTHS));
            assertEquals(4, s.owedMonths());
            assertEquals(YearMonth.of(2024, 5), s.firstOwedMonth());
        }

        @Test
        void kPlusOneUnpaidMonthsIsStopped() {
            assertEquals(ArrearsType.STOPPED, withLastUnpaid(4, AccountStatus.NORMAL).type());
        }

        @Test
        void thresholdIsAParameter() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(4, regular("2024-05", "100", "0"));
            lines.set(lines.size() - 1, regular("2026-02", "100", "0"));
            UnitAccount u = normal("2024-01-01");
            assertEquals(ArrearsType.ARREARS, UnitScreener.screen(u, lines, PLAN).type());
            ScreeningParams k1 = new ScreeningParams(PLAN.cutoffIndex(), PLAN.assessIndex(), 1);
            assertEquals(ArrearsType.STOPPED, UnitScreener.screen(u, lines, k1).type());
        }

        @Test
        void anyPaymentInTheLastKMonthsMeansNotStopped() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "0");
            lines.set(lines.size() - 2, regular("2026-01", "100", "0.01"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(ArrearsType.ARREARS, s.type());
            assertEquals(Outcome.TARGET, s.outcome());
        }

        @Test
        void onlyANormalAccountCanBeStopped() {
            UnitScreening opening = withLastUnpaid(3, AccountStatus.OPENING);
            assertEquals(ArrearsType.ARREARS, opening.type());
            assertEquals(Outcome.TARGET, opening.outcome());
            assertTrue(opening.reasons().contains(Reason.STATUS_NOT_NORMAL));
            assertEquals(ArrearsType.ARREARS, withLastUnpaid(3, AccountStatus.OTHER).type());
        }

        @Test
        void lastKMonthsMustAllBeObligationMonths() {
            // opened two months before A with k = 3: it cannot be STOPPED, and its arrears began after C
            UnitScreening s = screen(normal("2026-01-10"), List.of());
            assertEquals(ArrearsType.ARREARS, s.type());
            assertEquals(Outcome.NEW_ARREARS, s.outcome());
            UnitScreening three = screen(normal("2025-12-10"), List.of());
            assertEquals(ArrearsType.STOPPED, three.type());
        }
    }

    @Nested
    class CutOff {
        @Test
        void firstOwedOnTheCutOffIsATarget() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(13, regular("2025-02", "100", "0"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(YearMonth.of(2025, 2), s.firstOwedMonth());
            assertEquals(Outcome.TARGET, s.outcome());
        }

        @Test
        void firstOwedAfterTheCutOffIsNewArrears() {
            List<RemittanceLine> lines = regularRange("2024-01", "2026-02", "100", "100");
            lines.set(14, regular("2025-03", "100", "0"));
            UnitScreening s = screen(normal("2024-01-01"), lines);
            assertEquals(Outcome.NEW_ARREARS, s.outcome());
            assertEquals(ArrearsType.ARREARS, s.type());
            assertTrue(s.reasons().contains(Reason.FIRST_OWED_AFTER_CUTOFF));
            assertFalse(s.isTarget());
        }

        @Test
        void unitOpenedAfterTheCutOffThatStoppedIsNewArrearsNotTarget() {
            UnitScreening s = screen(normal("2025-06-01"), List.of());
            assertEquals(ArrearsType.STOPPED, s.type());
            assertEquals(Outcome.NEW_ARREARS, s.outcome());
        }

        @Test
        void unitOpenedAfterTheAssessmentMonthHasNoObligation() {
            UnitScreening s = screen(normal("2026-03-01"), List.of());
            assertEquals(Outcome.NO_OBLIGATION, s.outcome());
            assertEquals(0, s.obligationMonths());
            assertEquals(YearMonth.of(2026, 2), s.paidThroughMonth());
            assertTrue(s.reasons().contains(Reason.OPENED_AFTER_ASSESS));
        }

        @Test
        void unitOpenedInTheAssessmentMonthOwesIt() {
            UnitScreening s = screen(normal("2026-02-28"), List.of());
            assertEquals(1, s.owedMonths());
            assertEquals(Outcome.NEW_ARREARS, s.outcome());
        }
    }

    @Nested
    class SealedClosedDeferred {
        @Test
        void sealedAccountOwesOnlyMonthsBeforeTheSealMonth() {
            UnitScreening s = screen(unit(AccountStatus.SEALED, "2024-01-01", "2024-07-15", "100"),
                    regularRange("2024-01", "2024-04", "100", "100"));
            assertEquals(6, s.obligationMonths());
            assertEquals(2, s.owedMonths()); // 2024-05, 2024-06; July (the seal month) onwards is not owed
            assertEquals(ArrearsType.ARREARS, s.type());
            assertEquals(Outcome.TARGET, s.outcome());
            assertTrue(s.reasons().contains(Reason.SEALED_DEBT));
            assertEquals(YearMonth.of(2024, 4), s.paidThroughMonth());
        }

        @Test
        void sealedAccountThatPaidUpToSealingIsClearAndPaidThroughTheMonthBefore() {
            UnitScreening s = screen(unit(AccountStatus.SEALED, "2024-01-01", "2024-07-01", "100"),
                    regularRange("2024-01", "2024-06", "100", "100"));
            assertEquals(Outcome.CLEAR, s.outcome());
            assertEquals(YearMonth.of(2024, 6), s.paidThroughMonth());
        }

        @Test
        void closedAccountDebtIsArrearsNeverStopped() {
            UnitScreening s = screen(unit(AccountStatus.CLOSED, "2020-01-01", "2026-03-01", "100"), List.of());
            assertEquals(ArrearsType.ARREARS, s.type());
            assertTrue(s.reasons().contains(Reason.CLOSED_DEBT));
            assertEquals(74, s.owedMonths());
        }

        @Test
        void sealedInItsOpeningMonthHasNoObligation() {
            UnitScreening s = screen(unit(AccountStatus.SEALED, "2024-03-01", "2024-03-20", "100"), List.of());
            assertEquals(Outcome.NO_OBLIGATION, s.outcome());
            assertTrue(s.reasons().contains(Reason.NO_OBLIGATION_MONTHS));
        }

        @Test
        void sealedWithoutADateOwesUpToTheAssessmentMonth() {
            UnitScreening s = screen(unit(AccountStatus.SEALED, "2025-01-01", null, "100"), List.of());
            assertEquals(14, s.owedMonths());
            assertTrue(s.reasons().contains(Reason.SEAL_DATE_MISSING));
            assertEquals(ArrearsType.ARREARS, s.type());
        }

        @Test
        void sealDateOnlyCountsForSealedOrClosedAccounts() {
            UnitScreening s = screen(unit(AccountStatus.NORMAL, "2025-01-01", "2025-03-01", "100"), List.of());
            assertEquals(14, s.owedMonths());
        }

        @Test
        void deferredAccountIsNotScreened() {
            UnitScreening s = screen(unit(AccountStatus.DEFERRED, "2020-01-01", null, "100"), List.of());
            assertEquals(Outcome.DEFERRED, s.outcome());
            assertEquals(ArrearsType.NONE, s.type());
            assertEquals(0, s.owedMonths());
            assertFalse(s.isTarget());
            assertEquals(List.of(Reason.DEFERRED_SKIPPED), List.copyOf(s.reasons()));
        }
    }

    @Nested
    class PaidThroughAlone {
        private int paidThrough(UnitAccount u, List<RemittanceLine> lines) {
            return new UnitScreener(PLAN).paidThroughIndex(u, lines);
        }

        @Test
        void paidUpUnitIsPaidThroughTheAssessmentMonth() {
            assertEquals(m("2026-02"), paidThrough(normal("2024-01-20"), regularRange("2024-01", "2026-03", "100", "100")));
        }

        @Test
        void stopsBeforeTheFirstUnsettledMonthEvenWhenLaterMonthsArePaid() {
            List<RemittanceLine> lines = concat(regularRange("2024-01", "2026-02", "100", "100"));
            lines.set(5, regular("2024-06", "100", "50"));
            assertEquals(m("2024-05"), paidThrough(normal("2024-01-01"), lines));
        }

        @Test
        void aBackPaymentMovesItForward() {
            List<RemittanceLine> lines = concat(regularRange("2024-01", "2024-12", "100", "100"),
                    List.of(back("2025-01", "100", "100"), back("2025-02", "100", "100")));
            assertEquals(m("2025-02"), paidThrough(normal("2024-01-01"), lines));
        }

        @Test
        void aDeferredAccountKeepsTheMonthItReachedBeforeTheDeferral() {
            List<RemittanceLine> lines = regularRange("2024-01", "2025-06", "100", "100");
            assertEquals(m("2025-06"), paidThrough(unit(AccountStatus.DEFERRED, "2024-01-01", null, "100"), lines));
        }

        @Test
        void nothingSettledIsTheMonthBeforeOpening() {
            assertEquals(m("2023-12"), paidThrough(normal("2024-01-01"), List.of()));
        }

        @Test
        void aSealedAccountIsPaidThroughAtMostTheMonthBeforeSealing() {
            assertEquals(m("2025-02"), paidThrough(unit(AccountStatus.SEALED, "2024-01-01", "2025-03-10", "100"),
                    regularRange("2024-01", "2026-02", "100", "100")));
        }
    }

    @Test
    void screenerIsReusableAcrossUnitsOfDifferentSpans() {
        UnitScreener screener = new UnitScreener(PLAN);
        UnitScreening big = screener.screen(normal("1995-01-01"), List.of());
        assertEquals(374, big.owedMonths());
        UnitScreening small = screener.screen(normal("2024-01-01"), regularRange("2024-01", "2026-02", "100", "100"));
        assertEquals(Outcome.CLEAR, small.outcome());
        UnitScreening again = screener.screen(normal("2024-01-01"), List.of(regular("2024-01", "100", "100")));
        assertEquals(25, again.owedMonths());
    }

    @Test
    void stopThresholdMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ScreeningParams(1, 2, 0));
    }
}
