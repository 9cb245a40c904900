package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.Money;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the detail table (明细表) and the summary table (汇总表) in the layout a branch submits to the office: a title
 * row, the header row, the data, and a totals row (the summary carries its totals as 合计/总计 rows). CSV is UTF-8
 * with a BOM because Excel on Chinese Windows otherwise opens it as GBK; XLSX is written with fastexcel, flushing
 * rows as it goes so large tables do not stay in memory.
 */
public final class ScreeningTableWriter {
    private ScreeningTableWriter() {}

    public static final List<String> DETAIL_HEADER = List.of(
            "单位账号", "单位名称", "所属机构", "类型", "首次欠缴年月", "欠缴月数", "欠缴金额", "缴至年月", "缴存人数");
    public static final List<String> SUMMARY_HEADER = List.of("所属机构", "类型", "单位数", "缴存人数", "欠缴月数", "欠缴金额");

    /** The title row: campaign, table, branch and the run's months, e.g. {@code 2026年规范缴存专项工作 欠缴停缴单位明细表 …}. */
    public static String title(String campaign, String tableName, String branch, ScreeningParams params) {
        StringBuilder sb = new StringBuilder();
        if (campaign != null && !campaign.isBlank()) sb.append(campaign.strip()).append(' ');
        sb.append(tableName);
        sb.append("（所属机构：").append(branch == null || branch.isBlank() ? "全部" : branch.strip());
        if (params != null) {
            sb.append("；截止年月：").append(Months.formatIndex(params.cutoffIndex()))
              .append("；评估年月：").append(Months.formatIndex(params.assessIndex()));
        }
        return sb.append('）').toString();
    }

    /** The cells of a detail row, as text: months yyyy-MM, amount with two decimals. */
    public static String[] detailCells(UnitScreening s) {
        return new String[] {
            s.unit().accountNo(), nz(s.unit().name()), s.unit().branch(), s.type().label(),
            s.firstOwedIndex() == UnitScreening.NONE ? "" : Months.formatIndex(s.firstOwedIndex()),
            Integer.toString(s.owedMonths()), Money.format(s.amountOwedCents()),
            s.paidThroughIndex() == UnitScreening.NONE ? "" : Months.formatIndex(s.paidThroughIndex()),
            Integer.toString(s.unit().workers())
        };
    }

    public static String[] summaryCells(SummaryRow r) {
        return new String[] {
            r.branch(), r.typeLabel(), Long.toString(r.units()), Long.toString(r.workers()), Long.toString(r.monthsOwed()),
            Money.format(r.amountOwedCents())
        };
    }

    /** Appends one CSV record (RFC 4180 quoting where needed) and a CRLF-free newline. */
    public static void appendCsv(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static final class Totals {
        long units, months, cents, workers;

        void add(UnitScreening s) {
            units++;
            months += s.owedMonths();
            cents += s.amountOwedCents();
            workers += s.unit().workers();
        }
    }

    public static void writeDetailCsv(OutputStream out, String title, Iterable<UnitScreening> rows) throws IOException {
        Writer w = bomWriter(out);
        StringBuilder sb = new StringBuilder(256);
        appendCsv(sb, title);
        appendCsv(sb, DETAIL_HEADER.toArray(String[]::new));
        Totals t = new Totals();
        for (UnitScreening s : rows) {
            appendCsv(sb, detailCells(s));
            t.add(s);
            if (sb.length() > 8192) {
                w.write(sb.toString());
                sb.setLength(0);
            }
        }
        appendCsv(sb, SummaryRow.TOTAL_LABEL, "共" + t.units + "户", "", "", "", Long.toString(t.months),
                Money.format(t.cents), "", Long.toString(t.workers));
        w.write(sb.toString());
        w.flush();
    }

    public static void writeSummaryCsv(OutputStream out, String title, List<SummaryRow> rows) throws IOException {
        Writer w = bomWriter(out);
        StringBuilder sb = new StringBuilder(1024);
        appendCsv(sb, title);
        appendCsv(sb, SUMMARY_HEADER.toArray(String[]::new));
        for (SummaryRow r : rows) appendCsv(sb, summaryCells(r));
        w.write(sb.toString());
        w.flush();
    }

    private static Writer bomWriter(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        return w;
    }

    public static void writeDetailXlsx(OutputStream out, String title, Iterable<UnitScreening> rows) throws IOException {
        Workbook wb = new Workbook(out, "hpf-compliance", "1.0");
        Worksheet ws = wb.newWorksheet("明细表");
        int cols = DETAIL_HEADER.size();
        titleAndHeader(ws, title, DETAIL_HEADER);
        int r = 2;
        Totals t = new Totals();
        for (UnitScreening s : rows) {
            String[] c = detailCells(s);
            for (int i = 0; i < 5; i++) ws.value(r, i, c[i]);
            ws.value(r, 5, s.owedMonths());
            amount(ws, r, 6, s.amountOwedCents());
            ws.value(r, 7, c[7]);
            ws.value(r, 8, s.unit().workers());
            t.add(s);
            if (++r % 10_000 == 0) ws.flush();
        }
        ws.value(r, 0, SummaryRow.TOTAL_LABEL);
        ws.value(r, 1, "共" + t.units + "户");
        ws.value(r, 5, t.months);
        amount(ws, r, 6, t.cents);
        ws.value(r, 8, t.workers);
        ws.range(r, 0, r, cols - 1).style().bold().set();
        wb.finish();
    }

    public static void writeSummaryXlsx(OutputStream out, String title, List<SummaryRow> rows) throws IOException {
        Workbook wb = new Workbook(out, "hpf-compliance", "1.0");
        Worksheet ws = wb.newWorksheet("汇总表");
        titleAndHeader(ws, title, SUMMARY_HEADER);
        int r = 2;
        for (SummaryRow row : rows) {
            ws.value(r, 0, row.branch());
            ws.value(r, 1, row.typeLabel());
            ws.value(r, 2, row.units());
            ws.value(r, 3, row.workers());
            ws.value(r, 4, row.monthsOwed());
            amount(ws, r, 5, row.amountOwedCents());
            if (row.kind() != SummaryRow.Kind.TYPE) ws.range(r, 0, r, SUMMARY_HEADER.size() - 1).style().bold().set();
            r++;
        }
        wb.finish();
    }

    private static void titleAndHeader(Worksheet ws, String title, List<String> header) {
        ws.value(0, 0, title);
        ws.range(0, 0, 0, header.size() - 1).merge();
        ws.range(0, 0, 0, header.size() - 1).style().bold().fontSize(14).horizontalAlignment("center").set();
        for (int i = 0; i < header.size(); i++) ws.value(1, i, header.get(i));
        ws.range(1, 0, 1, header.size() - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 2);
    }

    private static void amount(Worksheet ws, int r, int c, long cents) {
        ws.value(r, c, BigDecimal.valueOf(cents, 2));
        ws.style(r, c).format("0.00").set();
    }
}
