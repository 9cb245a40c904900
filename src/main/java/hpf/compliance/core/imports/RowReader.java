package hpf.compliance.core.imports;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared part of the typed readers: the header, issue reporting and counters. Subclasses turn the current record into
 * a value or report why they cannot.
 */
abstract class RowReader<T> implements Closeable, Rows<T> {
    protected final RecordSource src;
    protected final String file;
    protected final IssueSink sink;
    protected final int[] col;
    private final List<Column> columns;
    private long rows;
    private long rejected;
    private boolean rowFailed;
    /** Warnings wait for the row's verdict: a rejected row reports only why it was rejected. */
    private final List<ImportIssue> pendingWarnings = new java.util.ArrayList<>(4);
    private final int[] dateKeys = new int[256];
    private final LocalDate[] dateValues = new LocalDate[256];

    RowReader(RecordSource src, String file, IssueSink sink, List<Column> columns) {
        this.src = src;
        this.file = file;
        this.sink = sink == null ? IssueSink.IGNORE : sink;
        this.columns = columns;
        try {
            if (!src.next()) throw new ImportException(file + " 是空文件，没有表头");
            String[] header = new String[src.size()];
            for (int i = 0; i < header.length; i++) header[i] = src.text(i);
            this.col = HeaderIndex.resolve(file, header, columns);
        } catch (IOException e) {
            closeQuietly();
            throw new ImportException("无法读取文件：" + file + "（" + e.getMessage() + "）", e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** A reader of records after the header, whose columns {@code col} were resolved from it by another reader. */
    RowReader(RecordSource src, String file, IssueSink sink, List<Column> columns, int[] col) {
        this.src = src;
        this.file = file;
        this.sink = sink == null ? IssueSink.IGNORE : sink;
        this.columns = columns;
        this.col = col;
    }

    /** Next accepted value, or null at the end of the file. Rejected rows go to the sink and are skipped. */
    @Override
    public T next() {
        try {
            while (src.next()) {
                beginRow();
                T value = parse();
                if (endRow(value != null)) return value;
            }
            return null;
        } catch (IOException e) {
            throw new ImportException("读取文件失败：" + file + " 第" + src.line() + "行附近（" + e.getMessage() + "）", e);
        }
    }

    /** Starts the verdict on the current record. */
    final void beginRow() {
        rows++;
        rowFailed = false;
        pendingWarnings.clear();
    }

    /** Ends the verdict: true when the row is kept (its warnings are then reported), false when it was rejected. */
    final boolean endRow(boolean parsed) {
        if (!rowFailed && parsed) {
            for (int i = 0; i < pendingWarnings.size(); i++) sink.issue(pendingWarnings.get(i));
            return true;
        }
        rejected++;
        return false;
    }

    /** Builds the value from the current record; calls {@link #reject} for each bad field. */
    protected abstract T parse();

    @Override
    public long rowsRead() { return rows; }

    @Override
    public long rowsRejected() { return rejected; }

    protected String label(int column) {
        return columns.get(column).label();
    }

    protected void reject(int column, String code, String reason) {
        rowFailed = true;
        sink.issue(new ImportIssue(file, src.line(), label(column), code, reason, value(column), ImportIssue.Severity.ERROR));
    }

    protected void warn(int column, String code, String reason) {
        pendingWarnings.add(new ImportIssue(file, src.line(), label(column), code, reason, value(column), ImportIssue.Severity.WARNING));
    }

    protected boolean failed() { return rowFailed; }

    protected String value(int column) {
        int i = col[column];
        return i < 0 ? "" : src.text(i);
    }

    protected boolean blank(int column) {
        int i = col[column];
        return i < 0 || src.isBlank(i);
    }

    protected long cents(int column) {
        int i = col[column];
        try {
            return FieldParsers.cents(src.buffer(), src.start(i), src.end(i));
        } catch (FieldException e) {
            reject(column, e.code, label(column) + e.getMessage());
            return 0;
        }
    }

    protected int month(int column) {
        int i = col[column];
        try {
            return FieldParsers.monthIndex(src.buffer(), src.start(i), src.end(i));
        } catch (FieldException e) {
            reject(column, e.code, label(column) + e.getMessage());
            return 0;
        }
    }

    /** Null when blank and not required; rejects the row when malformed. */
    protected LocalDate date(int column, boolean required) {
        if (blank(column)) {
            if (required) reject(column, FieldParsers.DATE_INVALID, label(column) + "为空");
            return null;
        }
        int i = col[column];
        try {
            // exports repeat the same few dates on many rows: one LocalDate per distinct day, kept by its key
            int key = FieldParsers.dateKey(src.buffer(), src.start(i), src.end(i));
            int slot = (key * 0x9E3779B1) >>> 24;
            LocalDate d = dateValues[slot];
            if (d != null && dateKeys[slot] == key) return d;
            d = FieldParsers.toDate(key);
            dateKeys[slot] = key;
            dateValues[slot] = d;
            return d;
        } catch (FieldException e) {
            reject(column, e.code, label(column) + e.getMessage());
            return null;
        }
    }

    protected int count(int column) {
        int i = col[column];
        try {
            return FieldParsers.nonNegativeInt(src.buffer(), src.start(i), src.end(i));
        } catch (FieldException e) {
            reject(column, e.code, label(column) + e.getMessage());
            return 0;
        }
    }

    private void closeQuietly() {
        try {
            src.close();
        } catch (IOException ignored) {
            // reporting the failure that made us close matters more
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
