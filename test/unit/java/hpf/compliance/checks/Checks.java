package hpf.compliance.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.fail;

/** Entry points shared by the check tests: locating the component and the framework index, running and reporting. */
final class Checks {
    /** Every check, by name (order = report order). */
    static final Map<String, Function<Component, List<Problem>>> ALL = new LinkedHashMap<>();
    static {
        ALL.put(XsdCheck.NAME, XsdCheck::run);
        ALL.put(ServiceCheck.NAME, ServiceCheck::run);
        ALL.put(EntityCheck.NAME, EntityCheck::run);
        ALL.put(ScreenCheck.NAME, ScreenCheck::run);
        ALL.put(StatusCheck.NAME, StatusCheck::run);
        ALL.put(L10nCheck.NAME, L10nCheck::run);
        ALL.put(GroovyCheck.NAME, GroovyCheck::run);
        ALL.put(ActionGuardCheck.NAME, ActionGuardCheck::run);
    }

    private Checks() { }

    /** The component under test: system property component.dir (set by surefire to the project basedir), else the working dir. */
    static Path componentDir() {
        String p = System.getProperty("component.dir");
        return Path.of(p == null || p.isBlank() ? "." : p).toAbsolutePath().normalize();
    }

    /**
     * framework-index.json: system property moqui.framework.index, else next to the schema folder's parent
     * (../shared/moqui/framework-index.json), else ../shared/moqui relative to the component.
     */
    static Path frameworkIndex(Path componentDir) {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("moqui.framework.index");
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        String xsd = System.getProperty("moqui.xsd.dir");
        if (xsd != null && !xsd.isBlank()) candidates.add(Path.of(xsd).toAbsolutePath().normalize().getParent().resolve("framework-index.json"));
        candidates.add(componentDir.resolve("../shared/moqui/framework-index.json"));
        for (Path p : candidates) if (Files.isRegularFile(p)) return p.toAbsolutePath().normalize();
        throw new IllegalStateException("framework-index.json not found (tried " + candidates + "); set -Dmoqui.framework.index=/path/to/framework-index.json");
    }

    private static final Map<Path, Component> COMPONENTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<Problem>> RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The component in that directory (parsed once per test JVM; the files do not change during a build). */
    static Component component(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        return COMPONENTS.computeIfAbsent(d, k -> new Component(k, FrameworkIndex.load(frameworkIndex(componentDir()))));
    }

    /** Problems of one check, sorted; computed once per component and check. */
    static List<Problem> run(String check, Component c) {
        return RESULTS.computeIfAbsent(check + "|" + c.dir, k -> {
            List<Problem> ps = new ArrayList<>(ALL.get(check).apply(c));
            Collections.sort(ps);
            return List.copyOf(ps);
        });
    }

    static String report(String check, Component c, List<Problem> ps) {
        StringBuilder b = new StringBuilder();
        b.append(ps.size()).append(" problem(s) found by the '").append(check).append("' check in ").append(c.dir).append(":\n");
        for (Problem p : ps) b.append("  ").append(p).append('\n');
        return b.toString();
    }

    static void assertClean(String check, Component c) {
        List<Problem> ps = run(check, c);
        if (!ps.isEmpty()) fail(report(check, c, ps));
    }
}
