package hpf.compliance.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/run-in-moqui.sh, the one command from a fresh clone to a running Moqui, run against local git repositories
 * standing in for Moqui's (with a commit after the release tag, so taking the tag is checked), a stand-in Gradle that
 * records the tasks it is asked for, and a stand-in JDK reporting the Java version under test.
 */
class RunInMoquiScriptTest {
    private static final Path SCRIPT = Paths.get("tools/run-in-moqui.sh").toAbsolutePath();
    private static final Path CHECKOUT = Paths.get("").toAbsolutePath();

    @TempDir Path tmp;
    private Path moquiDir;
    private Path gradleLog;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        Path framework = gitRepo("framework", Map.of("framework/build.gradle", "// framework", "RELEASE", "tagged"));
        Path runtime = gitRepo("runtime", Map.of("base-component/README", "base", "RELEASE", "tagged"));
        moquiDir = tmp.resolve("moqui");
        gradleLog = tmp.resolve("gradle.log");
        Path gradle = executable(tmp.resolve("fake-gradle"), "#!/bin/sh\n"
                + "for t in \"$@\"; do echo \"$t\" >> '" + gradleLog + "'; done\n"
                + "case \"$1\" in load) mkdir -p runtime/db/h2 ;; cleanDb) rm -rf runtime/db/h2 ;; esac\n");
        env.put("MOQUI_DIR", moquiDir.toString());
        env.put("MOQUI_FRAMEWORK_REPO", framework.toString());
        env.put("MOQUI_RUNTIME_REPO", runtime.toString());
        env.put("MOQUI_FRAMEWORK_TAG", "v4.0.0");
        env.put("MOQUI_RUNTIME_TAG", "v4.0.0");
        env.put("MOQUI_GRADLE", gradle.toString());
        env.put("JAVA_HOME", fakeJdk("21").toString());
    }

    @Test
    void firstRunClonesTheTagsLinksThisCheckoutLoadsAndStarts() throws Exception {
        Result r = run();
        assertEquals(0, r.exit, r.output);
        assertEquals("tagged", Files.readString(moquiDir.resolve("RELEASE")).trim(), "framework at its release tag");
        assertEquals("tagged", Files.readString(moquiDir.resolve("runtime/RELEASE")).trim(), "runtime at its release tag");
        Path component = moquiDir.resolve("runtime/component/hpf-compliance");
        assertTrue(Files.isSymbolicLink(component), "component linked: " + r.output);
        assertEquals(CHECKOUT.toRealPath(), component.toRealPath());
        assertTrue(Files.exists(component.resolve("component.xml")));
        assertEquals(List.of("load", "run"), gradleTasks());
    }

    @Test
    void laterRunsKeepTheDataAndReloadDropsItFirst() throws Exception {
        assertEquals(0, run().exit);
        Result again = run();
        assertEquals(0, again.exit, again.output);
        assertEquals(List.of("load", "run", "run"), gradleTasks(), "data loaded once");
        Result reload = run("--reload", "--no-run");
        assertEquals(0, reload.exit, reload.output);
        assertEquals(List.of("load", "run", "run", "cleanDb", "load"), gradleTasks());
    }

    @Test
    void copyModePlacesTheCheckoutsFiles() throws Exception {
        env.put("MOQUI_COMPONENT_MODE", "copy");
        Result r = run("--no-run");
        assertEquals(0, r.exit, r.output);
        Path component = moquiDir.resolve("runtime/component/hpf-compliance");
        assertTrue(!Files.isSymbolicLink(component) && Files.isRegularFile(component.resolve("component.xml")));
        assertTrue(Files.isRegularFile(component.resolve("tools/run-in-moqui.sh")));
        assertEquals(List.of("load"), gradleTasks());
    }

    @Test
    void refusesAJavaOlderThan21BeforeCloningAnything() throws Exception {
        env.put("JAVA_HOME", fakeJdk("17").toString());
        Result r = run();
        assertEquals(1, r.exit, r.output);
        assertTrue(r.output.contains("Java 21"), r.output);
        assertTrue(!Files.exists(moquiDir));
    }

    @Test
    void refusesAMoquiDirInsideTheCheckout() throws Exception {
        env.put("MOQUI_DIR", CHECKOUT.resolve("target/moqui-inside").toString());
        Result r = run("--no-run");
        assertEquals(2, r.exit, r.output);
        assertTrue(r.output.contains("outside this checkout"), r.output);
    }

    @Test
    void unknownArgumentIsABadArgument() throws Exception {
        assertEquals(2, run("--frobnicate").exit);
    }

    private List<String> gradleTasks() throws IOException {
        return Files.exists(gradleLog) ? Files.readAllLines(gradleLog) : List.of();
    }

    private Path fakeJdk(String version) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("jdk" + version).resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/sh\necho '    java.specification.version = " + version + "' >&2\n");
        return bin.getParent();
    }

    private Path gitRepo(String name, Map<String, String> taggedFiles) throws Exception {
        Path repo = tmp.resolve("repos").resolve(name);
        for (Map.Entry<String, String> f : taggedFiles.entrySet()) {
            Path p = repo.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue() + "\n");
        }
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "release");
        git(repo, "tag", "v4.0.0");
        Files.writeString(repo.resolve("RELEASE"), "after the tag\n");
        git(repo, "commit", "-q", "-am", "after the release");
        return repo;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=test@example.invalid",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "script finished");
        return new Result(p.exitValue(), out);
    }

    private record Result(int exit, String output) {}
}
