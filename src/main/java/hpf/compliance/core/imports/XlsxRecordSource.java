package hpf.compliance.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the first sheet of a workbook row by row (fastexcel-reader parses the sheet XML with StAX, so the sheet is
 * never held in memory). Each cell becomes the text a user would have typed: date-formatted numbers as yyyy-MM-dd and
 * other numbers without the binary floating-point noise Excel stores (0.12 is kept as 0.12, not 0.11999999999999999).
 */
public final class XlsxRecordSource extends RecordSource {
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> it;

    public XlsxRecordSource(InputStream in) throws IOException {
        this.workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        this.rows = workbook.getFirstSheet().openStream();
        this.it = rows.iterator();
        this.buf = new byte[4096];
        this.charset = StandardCharsets.UTF_8;
    }

    @Override
    public boolean next() throws IOException {
        while (it.hasNext()) {
            Row row = it.next();
            int cells = row.getCellCount();
            ensureFieldCapacity(cells);
            int p = 0;
            boolean any = false;
            for (int i = 0; i < cells; i++) {
                String t = row.hasCell(i) ? cellText(row.getCell(i)) : "";
                byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
                if (p + bytes.length > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, p + bytes.length));
                System.arraycopy(bytes, 0, buf, p, bytes.length);
                starts[i] = p;
                p += bytes.length;
                ends[i] = p;
                escaped[i] = false;
                if (!t.isBlank()) any = true;
            }
            if (!any) continue;
            count = cells;
            line = row.getRowNum();
            return true;
        }
        return false;
    }

    static String cellText(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            if (isDateFormat(cell)) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal n = cell.asNumber();
            if (n == null) return "";
            BigDecimal clean = n.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
            return clean.scale() < 0 ? clean.setScale(0).toPlainString() : clean.toPlainString();
        }
        if (type == CellType.EMPTY) return "";
        String t = cell.getText();
        return t == null ? "" : t;
    }

    /** Excel's built-in date formats are ids 14–22 and 45–47; custom ones contain y or d outside quotes/brackets. */
    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) return true;
        String f = cell.getDataFormatString();
        if (f == null) return false;
        String s = f.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return s.contains("y") || s.contains("d");
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
