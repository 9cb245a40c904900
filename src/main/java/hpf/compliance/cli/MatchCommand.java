package hpf.compliance.cli;

import hpf.compliance.core.imports.ImportIssue;
import hpf.compliance.core.imports.IssueSink;
import hpf.compliance.core.imports.RegistryReader;
import hpf.compliance.core.imports.UnitKeyReader;
import hpf.compliance.core.registry.MatchKind;
import hpf.compliance.core.registry.MatchResult;
import hpf.compliance.core.registry.RegistryEntry;
import hpf.compliance.core.registry.RegistryMatcher;
import hpf.compliance.core.registry.UnitAccountKey;
import hpf.compliance.core.screening.PrefetchSource;
import hpf.compliance.core.screening.ScreeningTableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code match}: indexes the unit accounts in memory (three hash maps; 200,000 accounts take a few tens of MiB), then
 * streams the registry extract and writes one row of {@code M.csv} per accepted enterprise, in the extract's order.
 * Rejected rows of either file go to {@code E.csv} with their line and reason.
 */
public final class MatchCommand {
    public static final String OUT_HEADER = "统一社会信用代码,企业名称,匹配结果,单位账号";
    static final String ERRORS_HEADER = ScreenCommand.ERRORS_HEADER;

    private final MatchOptions opt;
    private final PrintStream out;

    public MatchCommand(MatchOptions opt, PrintStream out) {
        this.opt = opt;
        this.out = out;
    }

    /** Result counts of a completed run. */
    public record Run(long accounts, long unitRejected, long registryRows, long registryRejected, Map<MatchKind, Long> byKind) { }

    public Run execute() throws IOException {
        Path errPath = opt.errors();
        try (Writer errors = errPath == null ? Writer.nullWriter() : newWriter(errPath)) {
            errors.write(ERRORS_HEADER + "\n");
            IssueSink errorSink = i -> {
                if (!i.rejected()) return;
                try {
                    errors.write(errorLine(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            RegistryMatcher matcher = new RegistryMatcher();
            long unitRejected;
            try (UnitKeyReader units = UnitKeyReader.open(opt.units(), errorSink)) {
                UnitAccountKey u;
                while ((u = units.next()) != null) matcher.add(u);
                unitRejected = units.rowsRejected();
            }
            Map<MatchKind, Long> byKind = new EnumMap<>(MatchKind.class);
            for (MatchKind k : MatchKind.values()) byKind.put(k, 0L);
            long rows;
            long rejected;
            // the registry is opened before M.csv is created, so a missing column fails without leaving an empty output
            try (RegistryReader registry = RegistryReader.open(opt.registry(), errorSink)) {
                // the extract is parsed on its own thread while this one matches and writes
                try (Writer w = newWriter(opt.out());
                     PrefetchSource<RegistryEntry> entries = new PrefetchSource<>(registry::next, 2048, "hpf-registry")) {
                    w.write(OUT_HEADER + "\n");
                    StringBuilder sb = new StringBuilder(256);
                    RegistryEntry e;
                    while ((e = entries.next()) != null) {
                        MatchResult r = matcher.match(e, opt.asOf());
                        byKind.merge(r.kind(), 1L, Long::sum);
                        ScreeningTableWriter.appendCsv(sb, e.uscc(), e.name(), r.kind().name(), String.join(";", r.accountNos()));
                        if (sb.length() > 16_384) {
                            w.write(sb.toString());
                            sb.setLength(0);
                        }
                    }
                    w.write(sb.toString());
                }
                rows = registry.rowsRead();
                rejected = registry.rowsRejected();
            }
            Run run = new Run(matcher.accountCount(), unitRejected, rows, rejected, byKind);
            report(run);
            return run;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void report(Run r) {
        out.printf("单位账户 %d 户（拒收 %d 行）；登记企业 %d 行，拒收 %d 行%n", r.accounts(), r.unitRejected(),
                r.registryRows(), r.registryRejected());
        out.printf("匹配结果：USCC %d，ORG_CODE %d，NAME_CANDIDATE %d，EXEMPT %d，UNREGISTERED %d%n",
                r.byKind().get(MatchKind.USCC), r.byKind().get(MatchKind.ORG_CODE), r.byKind().get(MatchKind.NAME_CANDIDATE),
                r.byKind().get(MatchKind.EXEMPT), r.byKind().get(MatchKind.UNREGISTERED));
    }

    private static String errorLine(ImportIssue i) {
        StringBuilder sb = new StringBuilder(96);
        String reason = i.value() == null || i.value().isEmpty() ? i.reason() : i.reason() + "：" + i.value();
        ScreeningTableWriter.appendCsv(sb, i.file(), Long.toString(i.line()), i.column(), reason);
        return sb.toString();
    }

    private static BufferedWriter newWriter(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }
}
