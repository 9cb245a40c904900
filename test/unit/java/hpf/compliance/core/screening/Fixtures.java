package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Small builders so each test states only what matters to its clause. */
final class Fixtures {
    private Fixtures() {}

    /** The 2026 plan: C = 2025-02, A = 2026-02, k = 3. */
    static final ScreeningParams PLAN = ScreeningParams.of(YearMonth.of(2025, 2), YearMonth.of(2026, 2), 3);

    static int m(String yyyyMm) { return Months.parseIndex(yyyyMm); }

    static UnitAccount unit(AccountStatus status, String opened, String sealedOrClosed, String monthlyDue) {
        return unit("A001", "东城管理部", status, opened, sealedOrClosed, monthlyDue, 7);
    }

    static UnitAccount unit(String account, String branch, AccountStatus status, String opened, String sealedOrClosed,
                            String monthlyDue, int workers) {
        return UnitAccount.of(account, "单位" + account, branch, status, LocalDate.parse(opened),
                sealedOrClosed == null ? null : LocalDate.parse(sealedOrClosed), workers, new BigDecimal(monthlyDue));
    }

    static UnitAccount normal(String opened) { return unit(AccountStatus.NORMAL, opened, null, "100"); }

    static RemittanceLine regular(String month, String due, String paid) {
        return line("A001", month, BusinessType.REGULAR, due, paid);
    }

    static RemittanceLine back(String month, String due, String paid) {
        return line("A001", month, BusinessType.BACK_PAYMENT, due, paid);
    }

    static RemittanceLine line(String account, String month, BusinessType type, String due, String paid) {
        return RemittanceLine.of(account, Months.parse(month), type, new BigDecimal(due), new BigDecimal(paid), null);
    }

    /** Regular records paying {@code paid} of {@code due} for every month from..to inclusive. */
    static List<RemittanceLine> regularRange(String from, String to, String due, String paid) {
        List<RemittanceLine> out = new ArrayList<>();
        for (int i = m(from); i <= m(to); i++) out.add(regular(Months.formatIndex(i), due, paid));
        return out;
    }

    @SafeVarargs
    static List<RemittanceLine> concat(List<RemittanceLine>... parts) {
        List<RemittanceLine> out = new ArrayList<>();
        for (List<RemittanceLine> p : parts) out.addAll(p);
        return out;
    }
}
