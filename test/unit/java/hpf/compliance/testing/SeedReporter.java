package hpf.compliance.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the seed of a failing random case, and the command that replays it, in front of the failure message, so it is
 * in the report whatever the runner prints of display names. Failures of fixed cases pass through unchanged (their
 * display name says which boundary failed).
 */
public final class SeedReporter implements TestExecutionExceptionHandler {
    private static final Pattern SEED = Pattern.compile("seed=(-?\\d+)");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Matcher m = SEED.matcher(context.getDisplayName());
        if (!m.find()) throw failure;
        String replay = "mvn -B test -Dtest='" + context.getRequiredTestClass().getName() + "#"
                + context.getRequiredTestMethod().getName() + "' -D" + Cases.REPLAY_PROPERTY + "=" + m.group(1);
        AssertionError e = new AssertionError("case seed=" + m.group(1) + " (replay: " + replay + "): " + failure.getMessage(), failure);
        e.setStackTrace(failure.getStackTrace());
        throw e;
    }
}
