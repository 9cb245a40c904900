package hpf.compliance.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
    @Test
    void directoriesAreNewOwnerOnlyAndFilesInThemNew(@TempDir Path base) throws IOException {
        Set<Path> dirs = new HashSet<>();
        for (int i = 0; i < 50; i++) assertTrue(dirs.add(TempFiles.createDirectory(base, ".hpf-screen-")));
        Path dir = dirs.iterator().next();
        assertTrue(Files.isDirectory(dir));
        assertTrue(dir.getFileName().toString().startsWith(".hpf-screen-"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
        Path a = TempFiles.newFile(dir, "hpf-issues-", ".csv");
        Path b = TempFiles.newFile(dir, "hpf-issues-", ".csv");
        assertNotEquals(a, b);
        assertTrue(Files.isRegularFile(a) && Files.size(a) == 0);
    }
}
