package hpf.compliance.cli;

import hpf.compliance.core.imports.ImportException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Command-line entry point (the jar's Main-Class). */
public final class HpfCli {
    private HpfCli() {}

    static final String USAGE = "usage: java -jar hpf-compliance.jar screen --units U.csv|U.xlsx --remittances R.csv|R.xlsx"
            + " --cutoff yyyy-MM --assess yyyy-MM [--stop-months 3] --detail D.csv [--summary S.csv] [--errors E.csv]"
            + " [--warnings W.csv] [--temp-dir DIR]";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** 0 when screening completed (rejected rows included), 1 when an input cannot be read, 2 for bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !"screen".equals(args[0])) {
            err.println(USAGE);
            return 2;
        }
        ScreenOptions opt;
        try {
            opt = ScreenOptions.parse(args, 1);
        } catch (IllegalArgumentException e) {
            err.println("错误：" + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            new ScreenCommand(opt, out).execute();
            return 0;
        } catch (ImportException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("错误：读写文件失败：" + e.getMessage());
            return 1;
        }
    }
}
