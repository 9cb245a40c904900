package hpf.compliance.core.imports;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams monthly remittance records (汇缴/补缴) from a CSV or XLSX export. Usage:
 * {@code while ((l = r.next()) != null) ...}; rejected rows go to the {@link IssueSink}.
 */
public final class RemittanceReader extends RowReader<RemittanceLine> {
    static final int ACCOUNT = 0, MONTH = 1, TYPE = 2, DUE = 3, PAID = 4, PAID_DATE = 5, WORKERS = 6, SEALED = 7;

    public static final List<Column> COLUMNS = List.of(
            Column.required("单位账号", "DWZH"),
            Column.required("缴存年月", null, "汇缴年月", "缴款年月", "所属年月", "HJNY", "JCNY"),
            Column.required("业务类型", "YWLX"),
            Column.required("应缴金额", null, "应缴额", "YJJE"),
            Column.required("实缴金额", "FSE", "实缴额", "发生额", "SJJE"),
            Column.optional("缴款日期", "RZRQ", "入账日期", "缴存日期"),
            // the month's headcounts, when the export carries them: the early warning's falling-headcount and
            // sealed-workers signals read them (empty cells stay unknown)
            Column.optional("缴存人数", "JCRS", "单位缴存人数", "DWJCRS"),
            Column.optional("封存人数", "FCRS", "单位封存人数"));

    /** Export rows of one account are adjacent; reusing the previous String avoids one allocation per row. */
    private byte[] lastAccountBytes = new byte[64];
    private int lastAccountLen = -1;
    private String lastAccount;

    /** Fields of the current record, set by {@link #readFields}. */
    private String account;
    private int month;
    private BusinessType type;
    private long due;
    private long paid;
    private LocalDate paidDate;
    private Integer workers;
    private Integer sealed;

    private RemittanceReader(RecordSource src, String file, IssueSink sink) {
        super(src, file, sink, COLUMNS);
    }

    /** Records after the header, with the columns resolved from it ({@link #columnIndex}). */
    RemittanceReader(RecordSource src, String file, IssueSink sink, int[] col) {
        super(src, file, sink, COLUMNS, col);
    }

    /** Where each of {@link #COLUMNS} is in the file (−1 for an absent optional column). */
    int[] columnIndex() { return col; }

    RecordSource source() { return src; }

    public static RemittanceReader open(Path file, IssueSink sink) {
        return new RemittanceReader(Sources.open(file), file.getFileName().toString(), sink);
    }

    public static RemittanceReader open(InputStream in, String fileName, IssueSink sink) {
        return new RemittanceReader(Sources.open(in, fileName), fileName, sink);
    }

    /** Name of the file, as used in issues. */
    public String file() { return file; }

    @Override
    protected RemittanceLine parse() {
        if (!readFields()) return null;
        return new RemittanceLine(account, month, type, due, paid, paidDate, src.line(), workers, sealed);
    }

    /** Reads the current record's fields; false when the row is rejected (the reasons went to the sink). */
    private boolean readFields() {
        account = account();
        if (account == null) reject(ACCOUNT, "ACCOUNT_EMPTY", "单位账号为空");
        month = month(MONTH);
        type = type();
        if (type == null) reject(TYPE, "TYPE_UNKNOWN", "业务类型不是汇缴或补缴（代码01、02）");
        due = cents(DUE);
        paid = cents(PAID);
        paidDate = col[PAID_DATE] < 0 ? null : date(PAID_DATE, false);
        workers = blank(WORKERS) ? null : count(WORKERS);
        sealed = blank(SEALED) ? null : count(SEALED);
        return !failed();
    }

    /**
     * Reads the next record of a block source into {@code out}, with the block's line numbers; false at the end of
     * the block or when the record runs into it inside a quoted field (then marked as the cut in {@code out}).
     */
    boolean readOne(RemittanceBlock out) throws IOException {
        CsvTokenizer t = (CsvTokenizer) src;
        if (!t.next()) return false;
        if (t.endedInQuote()) {
            out.cutInQuote(t.recordStart(), t.line());
            return false;
        }
        beginRow();
        boolean ok = readFields();
        if (endRow(ok)) out.add(account, month, type, due, paid, paidDate, workers, sealed, t.line());
        return true;
    }

    /** Codes 01/02 are read from the bytes; only Chinese labels need decoding. */
    private BusinessType type() {
        int i = col[TYPE];
        int s = src.start(i);
        int e = src.end(i);
        byte[] b = src.buffer();
        int len = e - s;
        if (len == 2 && b[s] == '0') {
            if (b[s + 1] == '1') return BusinessType.REGULAR;
            if (b[s + 1] == '2') return BusinessType.BACK_PAYMENT;
        }
        return BusinessType.fromText(value(TYPE));
    }

    private String account() {
        int i = col[ACCOUNT];
        int s = src.start(i);
        int e = src.end(i);
        if (s >= e) return null;
        if (lastAccount != null && src.fieldEquals(i, lastAccountBytes, lastAccountLen)) return lastAccount;
        lastAccount = src.text(i);
        int len = e - s;
        if (lastAccountBytes.length < len) lastAccountBytes = new byte[len * 2];
        System.arraycopy(src.buffer(), s, lastAccountBytes, 0, len);
        lastAccountLen = src.escaped[i] ? -1 : len;
        return lastAccount;
    }
}
