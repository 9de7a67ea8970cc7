package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.worker.process.ClassArchiveDump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataSharingTest
{
    @TempDir
    Path dir;

    @Test
    void shouldAskOneWorkerToDumpAndMapTheArchiveOnceItExists() throws IOException
    {
        final ClassDataSharing cds = ClassDataSharing.forDirectory(dir.toFile(), 17, "0badcafe");
        final File archive = dir.resolve("worker-jdk17-0badcafe.jsa").toFile();
        assertEquals(List.of("-XX:+RecordDynamicDumpInfo", "-D" + ClassArchiveDump.PATH_PROP_NAME + "=" + archive),
            flags(cds));
        assertEquals(List.of(), flags(cds), "one dump per run");
        Files.write(archive.toPath(), new byte[] {1});
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive), flags(cds));
    }

    @Test
    void shouldDeleteArchivesOfOtherBuildsAndTemporaryFilesOfDeadDumps() throws IOException
    {
        final Path current = Files.write(dir.resolve("worker-jdk17-0badcafe.jsa"), new byte[] {1});
        final Path stale = Files.write(dir.resolve("worker-jdk17-12345678.jsa"), new byte[] {1});
        final Path old = Files.write(dir.resolve("worker-jdk17.jsa"), new byte[] {1});
        final Path otherJdk = Files.write(dir.resolve("worker-jdk21.jsa"), new byte[] {1});
        final Path deadDump = Files.write(dir.resolve("worker-jdk17-0badcafe.jsa.tmp-" + Long.MAX_VALUE), new byte[0]);
        final Path liveDump = Files.write(
            dir.resolve("worker-jdk17-0badcafe.jsa.tmp-" + ProcessHandle.current().pid()), new byte[0]);
        ClassDataSharing.forDirectory(dir.toFile(), 17, "0badcafe");
        assertTrue(Files.exists(current));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(otherJdk), "another JDK's archive belongs to that JDK");
        assertFalse(Files.exists(deadDump));
        assertTrue(Files.exists(liveDump), "a dump in progress is left alone");
    }

    @Test
    void shouldChangeTheFingerprintWhenAJarOrTheJdkChanges() throws IOException
    {
        final Path jar = Files.write(dir.resolve("a.jar"), new byte[] {1, 2, 3});
        final String classPath = jar + File.pathSeparator + dir.resolve("classes");
        final String before = ClassDataSharing.fingerprint("/jdk 17.0.15+6", classPath);
        assertEquals(before, ClassDataSharing.fingerprint("/jdk 17.0.15+6", classPath));
        assertTrue(before.matches("[0-9a-f]{8}"), before);
        assertNotEquals(before, ClassDataSharing.fingerprint("/jdk 17.0.16+8", classPath));
        assertTrue(jar.toFile().setLastModified(jar.toFile().lastModified() - 10_000));
        assertNotEquals(before, ClassDataSharing.fingerprint("/jdk 17.0.15+6", classPath));
    }

    @Test
    void shouldLeaveArchivesToTheJvmFromJdk19()
    {
        final ClassDataSharing cds = new ClassDataSharing(dir.resolve("worker-jdk21.jsa").toFile(), 21);
        assertEquals(List.of("-XX:SharedArchiveFile=" + dir.resolve("worker-jdk21.jsa"), "-XX:+AutoCreateSharedArchive"),
            flags(cds));
    }

    @Test
    void shouldAddNothingWithoutAnInstallation()
    {
        assertEquals(List.of(), flags(new ClassDataSharing(null, 17)));
    }

    private static List<String> flags(final ClassDataSharing cds)
    {
        final List<String> command = new ArrayList<>();
        cds.addFlags(command);
        return command;
    }
}
