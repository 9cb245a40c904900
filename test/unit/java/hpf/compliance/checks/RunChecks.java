package hpf.compliance.checks;

import java.nio.file.Path;
import java.util.List;

/**
 * Command-line runner for a quick look without JUnit: java -cp target/test-classes:... hpf.compliance.checks.RunChecks [componentDir] [check...]
 * Prints every problem of every (or the named) check.
 */
public final class RunChecks {
    private RunChecks() { }

    public static void main(String[] args) {
        Component c = Checks.component(Path.of(args.length > 0 ? args[0] : "."));
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(Checks.ALL.keySet());
        int total = 0;
        for (String ch : names) {
            List<Problem> ps = Checks.run(ch, c);
            total += ps.size();
            System.out.print(Checks.report(ch, c, ps));
        }
        System.exit(total == 0 ? 0 : 1);
    }
}
