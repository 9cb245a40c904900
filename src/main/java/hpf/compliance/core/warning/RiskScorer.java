package hpf.compliance.core.warning;

import hpf.compliance.core.Formats;
import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.screening.Outcome;
import hpf.compliance.core.screening.ScreeningParams;
import hpf.compliance.core.screening.UnitScreener;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The early-warning score (预警) of a unit that is not in arrears yet, from its own history as of month M only:
 * records of months after M are ignored, and so is every payment dated after {@code knownUntil} (the end of M in a
 * back-test; the day of the run in the service). Each signal that fires adds points by its {@link SignalSetting} and
 * a sentence with the numbers behind it; the score is their sum (at most {@link RiskConfig#maxScore()}).
 *
 * <p>Windows (months counted back from M, M included): lateness 3 months, compared with the same 3 months a year
 * earlier (else the 3 months before); partial payments 6 months; headcount and sealed workers: month M (else M−1)
 * against M−6 (else the first of M−5, M−4); 补缴 paid in the last 12 months.
 *
 * <p>Not thread-safe reuse is not an issue: an instance holds only its configuration.
 */
public final class RiskScorer {
    private final RiskConfig config;

    public RiskScorer(RiskConfig config) {
        this.config = config;
    }

    public RiskConfig config() { return config; }

    /**
     * Whether the unit is in arrears as of {@code month} by the screening rule (some obligation month up to it not
     * fully paid), counting only payments dated up to {@code knownUntil} (an undated payment counts).
     */
    public static boolean inArrears(UnitAccount unit, List<HistoryLine> lines, int month, LocalDate knownUntil) {
        Outcome o = screen(unit, lines, month, knownUntil);
        return o == Outcome.TARGET || o == Outcome.NEW_ARREARS;
    }

    private static Outcome screen(UnitAccount unit, List<HistoryLine> lines, int month, LocalDate knownUntil) {
        List<RemittanceLine> known = new ArrayList<>(lines.size());
        for (HistoryLine l : lines) {
            if (l.monthIndex() > month) continue;
            long paid = known(l, knownUntil) ? l.paidCents() : 0;
            known.add(new RemittanceLine(unit.accountNo(), l.monthIndex(), l.type(), l.dueCents(), paid, l.paidDate(), 0));
        }
        return UnitScreener.screen(unit, known, new ScreeningParams(month, month, ScreeningParams.DEFAULT_STOP_MONTHS)).outcome();
    }

    private static boolean known(HistoryLine l, LocalDate knownUntil) {
        return l.paidDate() == null || !l.paidDate().isAfter(knownUntil);
    }

    /** Units the warning scores: a normal account that owes nothing as of M. */
    public static boolean eligible(UnitAccount unit, List<HistoryLine> lines, int month, LocalDate knownUntil) {
        if (unit.status() != AccountStatus.NORMAL || unit.openedDate() == null) return false;
        return screen(unit, lines, month, knownUntil) == Outcome.CLEAR;
    }

    public RiskScore score(UnitAccount unit, List<HistoryLine> lines, List<ExpiredTerms> terms, int month,
                           LocalDate knownUntil) {
        if (!eligible(unit, lines, month, knownUntil)) return new RiskScore(unit.accountNo(), false, 0, List.of());
        Months15 h = new Months15(month, unit.payday() == null ? config.defaultPayday() : unit.payday());
        List<HistoryLine> backPayments = new ArrayList<>();
        LocalDate yearAgo = Months.fromIndex(month - 11).atDay(1);
        for (HistoryLine l : lines) {
            if (l.monthIndex() > month) continue;
            boolean paid = l.paidCents() > 0 && known(l, knownUntil);
            if (l.type() == BusinessType.BACK_PAYMENT) {
                if (paid && (l.paidDate() != null ? !l.paidDate().isBefore(yearAgo) : l.monthIndex() > month - 12))
                    backPayments.add(l);
                continue;
            }
            h.add(l, paid);
        }
        List<RiskReason> reasons = new ArrayList<>();
        lateDrift(h, reasons);
        shortPayments(h, reasons);
        headcount(h, reasons);
        sealed(h, reasons);
        backPayments(backPayments, reasons);
        expired(terms, month, knownUntil, reasons);
        reasons.sort(Comparator.comparingDouble(RiskReason::points).reversed().thenComparing(r -> r.signal().ordinal()));
        double total = 0;
        for (RiskReason r : reasons) total += r.points();
        return new RiskScore(unit.accountNo(), true, round1(total), List.copyOf(reasons));
    }

    private void add(List<RiskReason> reasons, RiskSignal signal, double value, String text) {
        double points = config.setting(signal).points(value);
        if (points > 0) reasons.add(new RiskReason(signal, value, round1(points), text));
    }

    private void lateDrift(Months15 h, List<RiskReason> reasons) {
        double[] recent = h.lateness(0, 2);
        if (recent[1] < 2) return;
        double[] base = h.lateness(12, 14);
        String baseLabel = "上年同期";
        if (base[1] == 0) {
            base = h.lateness(3, 5);
            baseLabel = "此前3个月";
        }
        if (base[1] == 0) return;
        double r = recent[0] / recent[1], b = base[0] / base[1];
        add(reasons, RiskSignal.LATE_DRIFT, r - b,
                "近3个月平均晚缴 " + num(r) + " 天（" + baseLabel + " " + num(b) + " 天），推迟 " + num(r - b) + " 天");
    }

    private void shortPayments(Months15 h, List<RiskReason> reasons) {
        List<String> months = new ArrayList<>();
        for (int back = 5; back >= 0; back--) {
            int i = h.slot(back);
            if (h.due[i] > 0 && h.paid[i] > 0 && h.paid[i] < h.due[i])
                months.add(Months.formatIndex(h.month - back) + " 实缴 " + percent(h.paid[i] * 100.0 / h.due[i]) + "%");
        }
        if (months.isEmpty()) return;
        add(reasons, RiskSignal.SHORT_PAYMENT, months.size(),
                "近6个月有 " + months.size() + " 个月未足额缴存（" + String.join("，", months) + "）");
    }

    private void headcount(Months15 h, List<RiskReason> reasons) {
        boolean byWorkers = false;
        for (int back = 0; back <= 6; back++) if (h.workers[h.slot(back)] != null) byWorkers = true;
        int now = -1, before = -1;
        for (int back : new int[] {0, 1}) if (now < 0 && h.has(back, byWorkers)) now = back;
        for (int back : new int[] {6, 5, 4}) if (before < 0 && h.has(back, byWorkers)) before = back;
        if (now < 0 || before < 0) return;
        double n = byWorkers ? h.workers[h.slot(now)] : h.due[h.slot(now)];
        double b = byWorkers ? h.workers[h.slot(before)] : h.due[h.slot(before)];
        if (b <= 0 || n >= b) return;
        double pct = (b - n) * 100.0 / b;
        String span = "近" + (before - now) + "个月";
        String text = byWorkers
                ? "缴存人数由 " + (long) b + " 人降至 " + (long) n + " 人（" + span + "减少 " + percent(pct) + "%）"
                : "月应缴额由 " + money((long) b) + " 元降至 " + money((long) n) + " 元（" + span + "减少 " + percent(pct)
                  + "%，导入数据无缴存人数，按应缴额推算）";
        add(reasons, RiskSignal.HEADCOUNT_FALL, pct, text);
    }

    private void sealed(Months15 h, List<RiskReason> reasons) {
        int now = -1, before = -1;
        for (int back : new int[] {0, 1}) if (now < 0 && h.sealed[h.slot(back)] != null) now = back;
        for (int back : new int[] {6, 5, 4}) if (before < 0 && h.sealed[h.slot(back)] != null) before = back;
        if (now < 0 || before < 0) return;
        int n = h.sealed[h.slot(now)], b = h.sealed[h.slot(before)];
        Integer workersBefore = h.workers[h.slot(before)];
        if (n <= b || workersBefore == null) return;
        double pct = (n - b) * 100.0 / Math.max(1, workersBefore + b);
        add(reasons, RiskSignal.SEALED_RISE, pct, "封存人数由 " + b + " 人增至 " + n + " 人（近" + (before - now)
                + "个月增加 " + (n - b) + " 人，占原有职工 " + percent(pct) + "%）");
    }

    private void backPayments(List<HistoryLine> list, List<RiskReason> reasons) {
        if (list.isEmpty()) return;
        list.sort(Comparator.comparingInt(HistoryLine::monthIndex));
        List<String> months = new ArrayList<>();
        for (HistoryLine l : list) months.add(Months.formatIndex(l.monthIndex()));
        add(reasons, RiskSignal.REPEATED_BACK_PAYMENT, list.size(),
                "近12个月补缴 " + list.size() + " 次（所属月份 " + String.join("、", months) + "）");
    }

    private void expired(List<ExpiredTerms> terms, int month, LocalDate knownUntil, List<RiskReason> reasons) {
        if (terms == null) return;
        ExpiredTerms latest = null;
        for (ExpiredTerms t : terms) {
            if (t.thruDate() == null || t.thruDate().isAfter(knownUntil)) continue;
            if (Months.toIndex(YearMonth.from(t.thruDate())) > month) continue;
            if (latest == null || t.thruDate().isAfter(latest.thruDate())) latest = t;
        }
        if (latest == null) return;
        SignalSetting s = config.setting(RiskSignal.EXPIRED_APPLICATION);
        int since = month - Months.toIndex(YearMonth.from(latest.thruDate()));
        if (s.weight() == 0 || since > s.threshold()) return;
        reasons.add(new RiskReason(RiskSignal.EXPIRED_APPLICATION, since, round1(s.weight()), latest.kindLabel()
                + "期限于 " + latest.thruDate() + " 届满（距评估月 " + since + " 个月）"));
    }

    /** The regular (汇缴) records of M−14 … M by month: due, known paid, days late, headcount. */
    private static final class Months15 {
        final int month;
        final int payday;
        final long[] due = new long[15];
        final long[] paid = new long[15];
        final boolean[] recorded = new boolean[15];
        final long[] late = new long[15];
        final boolean[] dated = new boolean[15];
        final Integer[] workers = new Integer[15];
        final Integer[] sealed = new Integer[15];

        Months15(int month, int payday) {
            this.month = month;
            this.payday = payday;
        }

        int slot(int back) { return 14 - back; }

        void add(HistoryLine l, boolean paidKnown) {
            int back = month - l.monthIndex();
            if (back < 0 || back > 14) return;
            int i = slot(back);
            recorded[i] = true;
            due[i] = l.dueCents();
            if (paidKnown) {
                paid[i] = l.paidCents();
                if (l.paidDate() != null) {
                    dated[i] = true;
                    late[i] = Math.max(0, ChronoUnit.DAYS.between(deadline(l.monthIndex()), l.paidDate()));
                }
            }
            if (l.workers() != null) workers[i] = l.workers();
            if (l.sealedWorkers() != null) sealed[i] = l.sealedWorkers();
        }

        LocalDate deadline(int monthIndex) {
            YearMonth ym = Months.fromIndex(monthIndex);
            return ym.atDay(Math.min(payday, ym.lengthOfMonth())).plusDays(RiskConfig.REMIT_DAYS_AFTER_PAYDAY);
        }

        boolean has(int back, boolean byWorkers) {
            int i = slot(back);
            return byWorkers ? workers[i] != null : recorded[i] && due[i] > 0;
        }

        /** {sum of days late, number of dated payments} over months M−to … M−from. */
        double[] lateness(int from, int to) {
            double sum = 0;
            int n = 0;
            for (int back = from; back <= to; back++) {
                int i = slot(back);
                if (dated[i] && paid[i] > 0) {
                    sum += late[i];
                    n++;
                }
            }
            return new double[] {sum, n};
        }
    }

    static double round1(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** 12, 2.5 (one decimal at most). */
    static String num(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String percent(double v) {
        return BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(long cents) {
        return Formats.money(Money.toYuan(cents));
    }
}
