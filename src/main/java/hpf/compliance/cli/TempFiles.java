package hpf.compliance.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command's temporary directory and the files in it. {@link Files#createTempDirectory} would do, but it names
 * files with {@code SecureRandom}, whose first use loads and seeds the security providers: some 50 ms of a cold
 * start; so does {@code ProcessHandle} (a thread pool and method handles). The directory name here is made unique from
 * the clock (created atomically, so a name another process took first is a clash, retried with the next) and is readable by its owner only, like one from {@code createTempDirectory}; the files in it need only a
 * counter, since no one else writes in that directory.
 */
final class TempFiles {
    private TempFiles() {}

    private static final AtomicInteger SEQ = new AtomicInteger();

    static Path createDirectory(Path base, String prefix) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path dir = base.resolve(prefix + Long.toHexString(System.nanoTime()) + "-" + attempt);
            try {
                return posix ? Files.createDirectory(dir, ownerOnly()) : Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    }

    /** A new empty file in {@code dir}, a directory from {@link #createDirectory}. */
    static Path newFile(Path dir, String prefix, String suffix) throws IOException {
        while (true) {
            Path f = dir.resolve(prefix + SEQ.incrementAndGet() + suffix);
            try {
                return Files.createFile(f);
            } catch (FileAlreadyExistsException e) {
                // another command in this JVM (tests) may have used the number in the same directory: take the next
            }
        }
    }
}
