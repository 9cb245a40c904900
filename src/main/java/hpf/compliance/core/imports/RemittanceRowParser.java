package hpf.compliance.core.imports;

import hpf.compliance.core.account.BusinessType;
import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * The remittance rows of a block in one pass over its bytes: a row in the usual form of an export (no quotes, no
 * blanks around a value, every column there, months as yyyyMM or yyyy-MM, types 01/02, amounts as digits with at
 * most two decimals, dates as yyyy-MM-dd, headcounts as digits) is split and parsed here, straight into the block's
 * columns; any other row — and so every row that is rejected or needs decoding other than its account — is read
 * by the general {@link RemittanceReader} from the same place, which gives what it gives for the whole file. Either
 * way a row comes out as that reader makes it. One instance per worker thread, reused from block to block.
 */
final class RemittanceRowParser {
    private final Charset charset;
    private final String file;
    private final int[] col;
    /** Fields a row must have for this path: up to the last column read. */
    private final int fields;
    private final int[] starts;
    private final int[] ends;
    private byte[] lastAccount = new byte[64];
    private int lastAccountLen = -1;
    private String lastAccountText;
    /** The dates made so far by their key, direct-mapped: an export's paid dates run to a few thousand days. */
    private final int[] dateKeys = new int[4096];
    private final LocalDate[] dateValues = new LocalDate[4096];

    RemittanceRowParser(Charset charset, String file, int[] col) {
        this.charset = charset;
        this.file = file;
        this.col = col;
        int max = 0;
        for (int c : col) max = Math.max(max, c);
        this.fields = max + 1;
        this.starts = new int[fields];
        this.ends = new int[fields];
    }

    /** Reads the rows of {@code b} into its columns, issues and counts, as the general reader would. */
    void read(RemittanceBlock b) throws java.io.IOException {
        final byte[] buf = b.bytes;
        final int lim = b.length;
        int p = 0;
        long line = 1;
        long rows = 0;
        RemittanceReader general = null;
        CsvTokenizer t = null;
        while (p < lim) {
            byte c = buf[p];
            if (c == '\n' || c == '\r') { // a blank line holds no row
                p += c == '\r' && p + 1 < lim && buf[p + 1] == '\n' ? 2 : 1;
                line++;
                continue;
            }
            int next = row(b, buf, p, lim, line);
            if (next >= 0) {
                rows++;
                p = next;
                line++;
                continue;
            }
            if (general == null) {
                t = new CsvTokenizer(buf, lim, charset);
                general = new RemittanceReader(t, file, b.issues::add, col);
            }
            t.seek(p, line);
            if (!general.readOne(b)) break;
            p = t.position();
            line = t.nextLine();
        }
        b.counted(rows + (general == null ? 0 : general.rowsRead()), general == null ? 0 : general.rowsRejected(),
                line - 1);
    }

    /** The row at {@code p}, not a blank line, on this path: the offset after its line break, or −1 when the general reader must read it. */
    private int row(RemittanceBlock b, byte[] buf, int p, int lim, long line) {
        // the byte loop on its own, small method: a loop in this long one would make the JIT compile it twice (a
        // loop entry and a call entry), which on a cold 2-core run holds the optimizing compiler for long
        int end = split(buf, p, lim);
        if (end < 0) return -1;
        int[] col = this.col;
        int as = starts[col[RemittanceReader.ACCOUNT]];
        int ae = ends[col[RemittanceReader.ACCOUNT]];
        if (as >= ae || blank(buf[as]) || blank(buf[ae - 1])) return -1;
        int month = month(buf, starts[col[RemittanceReader.MONTH]], ends[col[RemittanceReader.MONTH]]);
        if (month < 0) return -1;
        int ts = starts[col[RemittanceReader.TYPE]];
        if (ends[col[RemittanceReader.TYPE]] - ts != 2 || buf[ts] != '0') return -1;
        BusinessType type;
        if (buf[ts + 1] == '1') type = BusinessType.REGULAR;
        else if (buf[ts + 1] == '2') type = BusinessType.BACK_PAYMENT;
        else return -1;
        long due = cents(buf, starts[col[RemittanceReader.DUE]], ends[col[RemittanceReader.DUE]]);
        if (due < 0) return -1;
        long paid = cents(buf, starts[col[RemittanceReader.PAID]], ends[col[RemittanceReader.PAID]]);
        if (paid < 0) return -1;
        LocalDate date = null;
        int dc = col[RemittanceReader.PAID_DATE];
        if (dc >= 0 && starts[dc] < ends[dc]) {
            date = date(buf, starts[dc], ends[dc]);
            if (date == null) return -1;
        }
        Integer workers = null;
        int wc = col[RemittanceReader.WORKERS];
        if (wc >= 0 && starts[wc] < ends[wc]) {
            int w = count(buf, starts[wc], ends[wc]);
            if (w < 0) return -1;
            workers = w;
        }
        Integer sealed = null;
        int sc = col[RemittanceReader.SEALED];
        if (sc >= 0 && starts[sc] < ends[sc]) {
            int w = count(buf, starts[sc], ends[sc]);
            if (w < 0) return -1;
            sealed = w;
        }
        b.add(account(buf, as, ae), month, type, due, paid, date, workers, sealed, line);
        return end;
    }

    /**
     * Splits the row at {@code p} into {@link #starts}/{@link #ends} up to the last field read: the offset after its
     * line break (or {@code lim}), or −1 when it has a quote or fewer fields.
     */
    private int split(byte[] buf, int p, int lim) {
        int[] starts = this.starts;
        int[] ends = this.ends;
        int fields = this.fields;
        int n = 0;
        int s = p;
        int q = p;
        int end;
        while (true) {
            if (q >= lim) {
                end = lim;
                break;
            }
            int c = buf[q] & 0xFF;
            if (c > ',') { // digits, letters, '-', '.', '/' and every byte of a multi-byte character
                q++;
                continue;
            }
            if (c == ',') {
                if (n < fields) {
                    starts[n] = s;
                    ends[n] = q;
                }
                n++;
                s = ++q;
                continue;
            }
            if (c == '\n') {
                end = q + 1;
                break;
            }
            if (c == '\r') {
                end = q + 1 < lim && buf[q + 1] == '\n' ? q + 2 : q + 1;
                break;
            }
            if (c == '"') return -1;
            q++;
        }
        if (n < fields) {
            starts[n] = s;
            ends[n] = q;
        }
        n++;
        return n < fields ? -1 : end;
    }

    private static boolean blank(byte c) {
        return c == ' ' || c == '\t';
    }

    /** Export rows of one account are adjacent: the previous row's String when the bytes are the same. */
    private String account(byte[] buf, int s, int e) {
        int len = e - s;
        if (len == lastAccountLen) {
            int k = 0;
            while (k < len && buf[s + k] == lastAccount[k]) k++;
            if (k == len) return lastAccountText;
        }
        if (lastAccount.length < len) lastAccount = new byte[len * 2];
        System.arraycopy(buf, s, lastAccount, 0, len);
        lastAccountLen = len;
        return lastAccountText = new String(buf, s, len, charset);
    }

    /** yyyyMM or yyyy-MM (also yyyy/MM) with a possible month, as a month index; −1 otherwise. */
    private static int month(byte[] b, int s, int e) {
        int ms;
        if (e - s == 6) ms = s + 4;
        else if (e - s == 7 && (b[s + 4] == '-' || b[s + 4] == '/')) ms = s + 5;
        else return -1;
        int y = digits4(b, s);
        int m = digits2(b, ms);
        if (y < 1 || m < 1 || m > 12) return -1;
        return y * 12 + m - 1;
    }

    /** Digits with at most two decimals (1–15 digits before the point) in fen; −1 otherwise. */
    private static long cents(byte[] b, int s, int e) {
        long yuan = 0;
        int p = s;
        while (p < e) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) break;
            yuan = yuan * 10 + d;
            p++;
        }
        int digits = p - s;
        if (digits == 0 || digits > 15) return -1;
        if (p == e) return yuan * 100;
        if (b[p] != '.') return -1;
        int decimals = e - p - 1;
        if (decimals == 0) return yuan * 100;
        if (decimals > 2) return -1;
        int d1 = b[p + 1] - '0';
        if (d1 < 0 || d1 > 9) return -1;
        if (decimals == 1) return yuan * 100 + d1 * 10;
        int d2 = b[p + 2] - '0';
        if (d2 < 0 || d2 > 9) return -1;
        return yuan * 100 + d1 * 10 + d2;
    }

    /** yyyy-MM-dd of a day that exists, one LocalDate per distinct day; null otherwise. */
    private LocalDate date(byte[] b, int s, int e) {
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') return null;
        int y = digits4(b, s);
        int m = digits2(b, s + 5);
        int d = digits2(b, s + 8);
        if (y < 0 || m < 0 || d < 0) return null;
        int key = y * 10000 + m * 100 + d;
        int slot = (key * 0x9E3779B1) >>> 20;
        LocalDate v = dateValues[slot];
        if (v != null && dateKeys[slot] == key) return v;
        try {
            v = FieldParsers.toDate(key);
        } catch (FieldException ex) {
            return null;
        }
        dateKeys[slot] = key;
        dateValues[slot] = v;
        return v;
    }

    /** 1–9 digits; −1 otherwise. */
    private static int count(byte[] b, int s, int e) {
        if (e - s > 9) return -1;
        int v = FieldParsers.digits(b, s, e);
        return v;
    }

    /** The two digits at {@code i} (no loop: fixed widths keep the row's compiled code small); −1 when one is not a digit. */
    private static int digits2(byte[] b, int i) {
        int h = b[i] - '0';
        int l = b[i + 1] - '0';
        if (h < 0 || h > 9 || l < 0 || l > 9) return -1;
        return h * 10 + l;
    }

    /** The four digits at {@code i}; −1 when one is not a digit. */
    private static int digits4(byte[] b, int i) {
        int h = digits2(b, i);
        int l = digits2(b, i + 2);
        return h < 0 || l < 0 ? -1 : h * 100 + l;
    }
}
