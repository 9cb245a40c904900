package hpf.compliance.cli;

import hpf.compliance.core.imports.ImportException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Command-line entry point (the jar's Main-Class). */
public final class HpfCli {
    private HpfCli() {}

    static final String SCREEN_USAGE = "usage: java -jar hpf-compliance.jar screen --units U.csv|U.xlsx --remittances R.csv|R.xlsx"
            + " --cutoff yyyy-MM --assess yyyy-MM [--stop-months 3] --detail D.csv [--summary S.csv] [--errors E.csv]"
            + " [--warnings W.csv] [--temp-dir DIR]";
    static final String MATCH_USAGE = "usage: java -jar hpf-compliance.jar match --registry REG.csv|REG.xlsx --units U.csv|U.xlsx"
            + " --as-of yyyy-MM-dd --out M.csv [--errors E.csv]";
    static final String USAGE = SCREEN_USAGE + "\n       " + MATCH_USAGE.substring("usage: ".length());

    public static void main(String[] args) {
        Timing.mark("main entered");
        int code = run(args, System.out, System.err);
        Timing.mark("done");
        System.exit(code);
    }

    /**
     * 0 when the command completed (rejected rows included), 1 when an input cannot be read (missing file or required
     * column), 2 for bad arguments.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        if (!command.equals("screen") && !command.equals("match")) {
            err.println(USAGE);
            return 2;
        }
        // no lambdas on the way to a command: the first one costs a cold JVM the set-up of method handles
        ScreenOptions screen = null;
        MatchOptions match = null;
        try {
            if (command.equals("screen")) screen = ScreenOptions.parse(args, 1);
            else match = MatchOptions.parse(args, 1);
        } catch (IllegalArgumentException e) {
            err.println("错误：" + e.getMessage());
            err.println(command.equals("screen") ? SCREEN_USAGE : MATCH_USAGE);
            return 2;
        }
        try {
            if (screen != null) new ScreenCommand(screen, out).execute();
            else new MatchCommand(match, out).execute();
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
