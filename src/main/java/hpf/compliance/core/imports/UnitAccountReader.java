package hpf.compliance.core.imports;

import hpf.compliance.core.Months;
import hpf.compliance.core.Rates;
import hpf.compliance.core.Uscc;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.UnitAccount;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams unit accounts (单位账户) from a CSV or XLSX export. Usage: {@code while ((u = r.next()) != null) ...};
 * rejected rows and warnings go to the {@link IssueSink}.
 */
public final class UnitAccountReader extends RowReader<UnitAccount> {
    static final int ACCOUNT = 0, NAME = 1, USCC = 2, BRANCH = 3, STATUS = 4, OPENED = 5, SEALED = 6, WORKERS = 7,
            MONTHLY_DUE = 8, EMPLOYER_RATE = 9, EMPLOYEE_RATE = 10, LEGAL_REP = 11, AGENT = 12, AGENT_MOBILE = 13,
            PAYDAY = 14, PAID_THROUGH = 15;

    public static final List<Column> COLUMNS = List.of(
            Column.required("单位账号", "DWZH"),
            Column.required("单位名称", "DWMC"),
            Column.required("统一社会信用代码", "TYSHXYDM", "社会信用代码", "组织机构代码", "ZZJGDM"),
            Column.required("所属机构", null, "管理部", "所属管理部", "归集机构", "所属网点"),
            Column.required("账户状态", "DWZHZT", "单位账户状态"),
            Column.required("开户日期", "DWKHRQ", "单位开户日期"),
            Column.required("封存销户日期", "DWXHRQ", "单位销户日期", "销户日期", "封存日期"),
            Column.required("缴存人数", "DWJCRS", "单位缴存人数"),
            Column.required("月应缴额", "YJCE", "月缴存额"),
            Column.required("单位缴存比例", "DWJCBL"),
            Column.required("个人缴存比例", "GRJCBL"),
            Column.optional("法定代表人", "DWFRDBXM"),
            Column.optional("经办人", "JBRXM"),
            Column.optional("经办人手机", "JBRSJHM", "经办人手机号码"),
            Column.optional("单位发薪日", "DWFXR", "发薪日"),
            Column.optional("缴至年月", "JZNY"));

    private final ImportOptions options;
    /** Branch names repeat on every row; sharing one String per branch saves memory when results are kept. */
    private final Map<String, String> branches = new HashMap<>();
    /** Branch names, statuses and rates by their bytes: the same few on every row. */
    private final FieldCache<String> branchCache = new FieldCache<>();
    private final FieldCache<AccountStatus> statusCache = new FieldCache<>();
    private final FieldCache<Rate> employerRates = new FieldCache<>();
    private final FieldCache<Rate> employeeRates = new FieldCache<>();

    private UnitAccountReader(RecordSource src, String file, ImportOptions options, IssueSink sink) {
        super(src, file, sink, COLUMNS);
        this.options = options == null ? ImportOptions.DEFAULT : options;
    }

    public static UnitAccountReader open(Path file, ImportOptions options, IssueSink sink) {
        return new UnitAccountReader(Sources.open(file), file.getFileName().toString(), options, sink);
    }

    public static UnitAccountReader open(InputStream in, String fileName, ImportOptions options, IssueSink sink) {
        return new UnitAccountReader(Sources.open(in, fileName), fileName, options, sink);
    }

    @Override
    protected UnitAccount parse() {
        String account = value(ACCOUNT);
        if (account.isEmpty()) reject(ACCOUNT, "ACCOUNT_EMPTY", "单位账号为空");
        String name = value(NAME);
        if (name.isEmpty()) warn(NAME, "NAME_EMPTY", "单位名称为空");
        String uscc = value(USCC);
        if (uscc.isEmpty()) {
            warn(USCC, "USCC_EMPTY", "统一社会信用代码为空");
        } else if (!Uscc.isValid(uscc)) {
            warn(USCC, "USCC_INVALID", "统一社会信用代码校验不通过");
        }
        String branch = branchCache.get(src, col[BRANCH]);
        if (branch == null) {
            branch = value(BRANCH);
            String shared = branches.get(branch);
            if (shared == null) branches.put(branch, shared = branch);
            branch = shared;
            branchCache.put(src, col[BRANCH], branch);
        }
        if (branch.isEmpty()) {
            reject(BRANCH, "BRANCH_EMPTY", "所属机构为空");
        } else if (!options.knownBranches().isEmpty() && !options.knownBranches().contains(branch)) {
            reject(BRANCH, "BRANCH_UNKNOWN", "所属机构“" + branch + "”不是已知的机构");
        }
        AccountStatus status = statusCache.get(src, col[STATUS]);
        if (status == null) {
            status = AccountStatus.fromText(value(STATUS));
            statusCache.put(src, col[STATUS], status);
        }
        if (status == null) reject(STATUS, "STATUS_UNKNOWN", "账户状态无法识别（应为正常、开户、缓缴、销户、封存、其他或代码01–05、99）");
        LocalDate opened = date(OPENED, true);
        LocalDate sealed = date(SEALED, false);
        int workers = count(WORKERS);
        long due = cents(MONTHLY_DUE);
        BigDecimal employerRate = rate(EMPLOYER_RATE);
        BigDecimal employeeRate = rate(EMPLOYEE_RATE);
        if (failed()) return null;
        if ((status == AccountStatus.SEALED || status == AccountStatus.CLOSED) && sealed == null) {
            warn(SEALED, "SEAL_DATE_MISSING", "账户状态为" + status.label() + "但封存销户日期为空，按未封存计算");
        }
        Integer payday = payday();
        String paidThrough = null;
        if (!blank(PAID_THROUGH)) {
            try {
                paidThrough = Months.format(Months.parse(value(PAID_THROUGH)));
            } catch (IllegalArgumentException e) {
                warn(PAID_THROUGH, "MONTH_INVALID", "缴至年月格式不正确，已忽略");
            }
        }
        return new UnitAccount(account, name, uscc.isEmpty() ? null : uscc, branch, status, opened, sealed, workers, due,
                employerRate, employeeRate, optional(LEGAL_REP), optional(AGENT), optional(AGENT_MOBILE), payday,
                paidThrough, src.line());
    }

    private String optional(int column) {
        if (col[column] < 0) return null;
        String v = value(column);
        return v.isEmpty() ? null : v;
    }

    /** A rate and whether it is out of range, for the rows that repeat its text. */
    private record Rate(BigDecimal value, boolean outOfRange) { }

    private BigDecimal rate(int column) {
        FieldCache<Rate> cache = column == EMPLOYER_RATE ? employerRates : employeeRates;
        Rate known = cache.get(src, col[column]);
        if (known != null) {
            if (known.outOfRange()) {
                warn(column, "RATE_OUT_OF_RANGE", label(column) + Rates.formatPercent(known.value()) + "不在5%至12%之间");
            }
            return known.value();
        }
        String text = value(column);
        BigDecimal r;
        try {
            r = Rates.parse(text);
        } catch (IllegalArgumentException e) {
            reject(column, "RATE_INVALID", label(column) + "不是有效的比例（应为12%、12或0.12）");
            return null;
        }
        boolean outOfRange = !Rates.checkRate(r).isEmpty();
        if (outOfRange) {
            warn(column, "RATE_OUT_OF_RANGE", label(column) + Rates.formatPercent(r) + "不在5%至12%之间");
        }
        cache.put(src, col[column], new Rate(r, outOfRange));
        return r;
    }

    private Integer payday() {
        if (blank(PAYDAY)) return null;
        try {
            int d = Integer.parseInt(value(PAYDAY).replace("日", "").replaceAll("\\.0+$", ""));
            if (d >= 1 && d <= 31) return d;
        } catch (NumberFormatException ignored) {
            // reported below like an out-of-range day
        }
        warn(PAYDAY, "PAYDAY_INVALID", "单位发薪日应为1至31，已忽略");
        return null;
    }
}
