package hpf.compliance.cli;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.RemittanceCursor;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.ImportOptions;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.ParallelRemittanceReader;
import hpf.compliance.core.imports.UnitAccountReader;
import hpf.compliance.core.screening.AccountCodecs;
import hpf.compliance.core.screening.ExternalSorter;
import hpf.compliance.core.screening.MergeJoinScreening;
import hpf.compliance.core.screening.Outcome;
import hpf.compliance.core.screening.PrefetchSource;
import hpf.compliance.core.screening.ScreeningSummary;
import hpf.compliance.core.screening.ScreeningTableWriter;
import hpf.compliance.core.screening.SummaryRow;
import hpf.compliance.core.screening.UnitScreening;
import hpf.compliance.core.screening.UnsortedInputException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code screen}: reads the unit and remittance exports, screens every unit in one merge-join pass and writes the
 * detail, summary and error tables. Inputs sorted by account stream in constant memory; when one is not sorted the
 * run restarts with that input sorted externally (temporary files), which costs a second read but no more heap.
 */
public final class ScreenCommand {
    static final String DETAIL_HEADER = String.join(",", ScreeningTableWriter.DETAIL_HEADER);
    static final String SUMMARY_HEADER = String.join(",", ScreeningTableWriter.SUMMARY_HEADER);
    static final String ERRORS_HEADER = "文件,行号,列,原因";
    static final int REMITTANCE_CHUNK = 1_000_000;
    static final int UNIT_CHUNK = 200_000;

    private final ScreenOptions opt;
    private final PrintStream out;

    public ScreenCommand(ScreenOptions opt, PrintStream out) {
        this.opt = opt;
        this.out = out;
    }

    /** Result counts of a completed run, for the report and tests. */
    public record Run(long unitRows, long unitRejected, long remittanceRows, long remittanceRejected, long warnings,
               long orphans, long duplicates, ScreeningSummary summary, Set<UnsortedInputException.Input> sorted) { }

    public Run execute() throws IOException {
        Timing.mark("arguments parsed");
        Path base = opt.tempDir() != null ? opt.tempDir() : parentOf(opt.detail());
        Files.createDirectories(base);
        // run files of an external sort can be as large as the input, so they go next to the output by default
        // rather than to a possibly small /tmp
        Path tmp = TempFiles.createDirectory(base, ".hpf-screen-");
        try {
            Set<UnsortedInputException.Input> toSort = EnumSet.noneOf(UnsortedInputException.Input.class);
            while (true) {
                try {
                    return attempt(tmp, toSort);
                } catch (UnsortedInputException e) {
                    if (!toSort.add(e.input())) throw new IllegalStateException("sorted input reported unsorted", e);
                    out.println("注意：" + e.getMessage() + "，改用外部排序后重新筛查");
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** Rejected rows to the file's error spool, warnings to the warning spool (a class: no lambda on the path). */
    private record Sinks(IssueSink[] sinks, int errors) implements IssueSink {
        @Override
        public void issue(ImportIssue i) {
            sinks[i.rejected() ? errors : 2].issue(i);
        }
    }

    private record UnitRows(UnitAccountReader reader) implements MergeJoinScreening.Source<UnitAccount> {
        @Override
        public UnitAccount next() { return reader.next(); }
    }

    private static Path parentOf(Path output) {
        Path parent = output.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteTree(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless and says where it came from
        }
    }

    private Run attempt(Path tmp, Set<UnsortedInputException.Input> toSort) throws IOException {
        String unitFile = opt.units().getFileName().toString();
        String remFile = opt.remittances().getFileName().toString();
        // readers first: an unreadable input or a missing column fails before anything is written
        IssueSink[] sinks = new IssueSink[3];
        try (UnitAccountReader units = UnitAccountReader.open(opt.units(), ImportOptions.DEFAULT, new Sinks(sinks, 0));
             ParallelRemittanceReader rems = ParallelRemittanceReader.open(opt.remittances(), new Sinks(sinks, 1));
             IssueSpool unitErrors = new IssueSpool(tmp); IssueSpool remErrors = new IssueSpool(tmp);
             IssueSpool orphanErrors = new IssueSpool(tmp);
             IssueSpool warnings = new IssueSpool(tmp); DetailSpool detail = new DetailSpool(tmp);
             // only a rerun for an unsorted input needs a sorter (and loads its codecs)
             ExternalSorter<UnitAccount> unitSorter = !toSort.contains(UnsortedInputException.Input.UNITS) ? null
                     : new ExternalSorter<>(AccountCodecs.UNIT_ORDER, AccountCodecs.UNIT, UNIT_CHUNK, tmp);
             ExternalSorter<RemittanceLine> remSorter = !toSort.contains(UnsortedInputException.Input.REMITTANCES) ? null
                     : new ExternalSorter<>(AccountCodecs.REMITTANCE_ORDER, AccountCodecs.REMITTANCE, REMITTANCE_CHUNK, tmp)) {

            sinks[0] = unitErrors;
            sinks[1] = remErrors;
            sinks[2] = warnings;
            // the unit file is parsed on its own thread, a remittance CSV in blocks on one thread per core
            // (an XLSX one on its own thread), while this one joins and screens; declared after the readers, the
            // prefetchers are closed first, so no thread is still reading when a reader closes
            try (PrefetchSource<UnitAccount> unitFetch = new PrefetchSource<>(new UnitRows(units), 1024, "hpf-units");
                 PrefetchSource<RemittanceLine> remFetch = rems.parallel() ? null
                         : new PrefetchSource<>(rems::next, 8192, "hpf-remittances")) {
            MergeJoinScreening.Source<UnitAccount> unitSource = unitFetch;
            if (unitSorter != null) unitSource = unitSorter.sort(unitSource);
            // a CSV's rows are read in place from the parsed blocks, no object per row
            RemittanceCursor remSource = rems;
            if (remFetch != null || remSorter != null) {
                MergeJoinScreening.Source<RemittanceLine> lines = remFetch != null ? remFetch : rems::next;
                remSource = MergeJoinScreening.cursor(remSorter != null ? remSorter.sort(lines) : lines);
            }

            Timing.mark("readers open (headers read)");
            ScreeningSummary summary = new ScreeningSummary();
            long[] orphans = new long[1];
            long[] duplicates = new long[1];
            MergeJoinScreening.run(unitSource, remSource, opt.params(), new MergeJoinScreening.Listener() {
                @Override
                public void screened(UnitScreening s) {
                    summary.add(s);
                    if (s.outcome() != Outcome.TARGET) return;
                    try {
                        detail.add(s);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void orphanRemittance(RemittanceLine l) {
                    orphans[0]++;
                    orphanErrors.issue(new ImportIssue(remFile, l.sourceLine(), "单位账号", "UNKNOWN_ACCOUNT",
                            "单位账号在单位文件中不存在", l.accountNo(), ImportIssue.Severity.ERROR));
                }

                @Override
                public void duplicateUnit(UnitAccount u) {
                    duplicates[0]++;
                    unitErrors.issue(new ImportIssue(unitFile, u.sourceLine(), "单位账号", "DUPLICATE_ACCOUNT",
                            "单位账号重复，只筛查第一行", u.accountNo(), ImportIssue.Severity.ERROR));
                }
            });

            Timing.mark("parsed and screened (merge-join done)");
            try (OutputStream d = out(opt.detail())) {
                detail.writeTo(d, DETAIL_HEADER);
            }
            if (opt.summary() != null) {
                try (OutputStream s = out(opt.summary())) {
                    s.write(summaryCsv(summary).getBytes(StandardCharsets.UTF_8));
                }
            }
            if (opt.errors() != null) {
                try (OutputStream e = out(opt.errors())) {
                    e.write((ERRORS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                    unitErrors.copyTo(e);
                    remErrors.copyTo(e);
                    orphanErrors.copyTo(e);
                }
            }
            if (opt.warnings() != null) {
                try (OutputStream w = out(opt.warnings())) {
                    w.write((ERRORS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                    warnings.copyTo(w);
                }
            }
            Run run = new Run(units.rowsRead(), units.rowsRejected(), rems.rowsRead(), rems.rowsRejected(),
                    warnings.count(), orphans[0], duplicates[0], summary, toSort);
            report(run);
            Timing.mark("outputs written");
            return run;
            }
        }
    }

    private static OutputStream out(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }

    static String summaryCsv(ScreeningSummary summary) {
        StringBuilder sb = new StringBuilder(SUMMARY_HEADER).append('\n');
        for (SummaryRow r : summary.rows()) ScreeningTableWriter.appendCsv(sb, ScreeningTableWriter.summaryCells(r));
        return sb.toString();
    }

    private void report(Run r) {
        ScreeningSummary s = r.summary();
        out.println("摸底筛查：截止年月 " + Months.formatIndex(opt.params().cutoffIndex()) + "，评估年月 "
                + Months.formatIndex(opt.params().assessIndex()) + "，停缴阈值 " + opt.params().stopMonths() + " 个月");
        out.println("单位文件 " + r.unitRows() + " 行（拒绝 " + (r.unitRejected() + r.duplicates()) + " 行）；缴存明细 "
                + r.remittanceRows() + " 行（拒绝 " + (r.remittanceRejected() + r.orphans()) + " 行，其中单位账号不存在 "
                + r.orphans() + " 行）；警告 " + r.warnings() + " 条");
        out.println("目标单位 " + s.count(Outcome.TARGET) + " 户；截止年月后新增欠缴 " + s.count(Outcome.NEW_ARREARS)
                + " 户；缓缴未筛查 " + s.count(Outcome.DEFERRED) + " 户；无欠缴 " + s.count(Outcome.CLEAR)
                + " 户；无缴存义务 " + s.count(Outcome.NO_OBLIGATION) + " 户");
        out.print(summaryCsv(s));
    }

    static String yuan(long cents) { return Money.format(cents); }
}
