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

class WorkerAotCacheTest
{
    private static final long PID = 4242;

    @TempDir
    Path dir;

    @Test
    void shouldLetOneWorkerTrainAndUseTheCacheOnceItExists() throws IOException
    {
        final WorkerAotCache cache = WorkerAotCache.forDirectory(dir.toFile(), 25, "0badcafe");
        final File file = dir.resolve("worker-jdk25-0badcafe.aot").toFile();
        final String config = file + ".config.tmp-" + PID;
        assertEquals(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config,
            "-D" + ClassArchiveDump.CONFIG_PROP_NAME + "=" + config, "-D" + ClassArchiveDump.CACHE_PROP_NAME + "=" + file),
            flags(cache));
        assertEquals(List.of(), flags(cache), "one training per run");
        Files.write(Path.of(config), new byte[] {1});
        cache.discardUnusedTraining();
        assertFalse(Files.exists(Path.of(config)), "a short run's recording, written at the worker's exit");
        Files.write(file.toPath(), new byte[] {1});
        assertEquals(List.of("-XX:AOTCache=" + file), flags(cache));
    }

    @Test
    void shouldDeleteCachesOfOtherBuildsAndTemporaryFilesOfDeadWriters() throws IOException
    {
        final Path current = Files.write(dir.resolve("worker-jdk25-0badcafe.aot"), new byte[] {1});
        final Path stale = Files.write(dir.resolve("worker-jdk25-12345678.aot"), new byte[] {1});
        final Path otherJdk = Files.write(dir.resolve("worker-jdk26-12345678.aot"), new byte[] {1});
        final Path deadConfig = Files.write(
            dir.resolve("worker-jdk25-0badcafe.aot.config.tmp-" + Long.MAX_VALUE), new byte[0]);
        final Path deadCache = Files.write(dir.resolve("worker-jdk25-0badcafe.aot.tmp-" + Long.MAX_VALUE), new byte[0]);
        final Path liveCache = Files.write(
            dir.resolve("worker-jdk25-12345678.aot.tmp-" + ProcessHandle.current().pid()), new byte[0]);
        WorkerAotCache.forDirectory(dir.toFile(), 25, "0badcafe");
        assertTrue(Files.exists(current));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(otherJdk), "another JDK's cache belongs to that JDK");
        assertFalse(Files.exists(deadConfig));
        assertFalse(Files.exists(deadCache));
        assertTrue(Files.exists(liveCache), "a cache being written is left alone");
    }

    @Test
    void shouldChangeTheFingerprintWhenAJarTheJdkOrTheWorkerFlagsChange() throws IOException
    {
        final Path jar = Files.write(dir.resolve("a.jar"), new byte[] {1, 2, 3});
        final String classPath = jar + File.pathSeparator + dir.resolve("classes");
        final List<String> flags = List.of("-XX:+UseParallelGC");
        final String before = WorkerAotCache.fingerprint("/jdk 25.0.3+9", flags, classPath);
        assertEquals(before, WorkerAotCache.fingerprint("/jdk 25.0.3+9", flags, classPath));
        assertTrue(before.matches("[0-9a-f]{8}"), before);
        assertNotEquals(before, WorkerAotCache.fingerprint("/jdk 25.0.4+7", flags, classPath));
        assertNotEquals(before, WorkerAotCache.fingerprint("/jdk 25.0.3+9", List.of("-XX:+UseSerialGC"), classPath));
        assertTrue(jar.toFile().setLastModified(jar.toFile().lastModified() - 10_000));
        assertNotEquals(before, WorkerAotCache.fingerprint("/jdk 25.0.3+9", flags, classPath));
    }

    @Test
    void shouldUseACacheOnlyFromJdk25AndInAKnownInstallation()
    {
        assertEquals(List.of(), flags(new WorkerAotCache(null)));
        final String home = System.getProperty(WorkerAotCache.HOME_PROP_NAME);
        System.setProperty(WorkerAotCache.HOME_PROP_NAME, dir.toString());
        try
        {
            final List<String> flags = flags(WorkerAotCache.forThisInstall(List.of(), "x.jar"));
            if (Runtime.version().feature() >= WorkerAotCache.MIN_FEATURE)
            {
                assertEquals("-XX:AOTMode=record", flags.get(0), flags.toString());
                assertTrue(Files.isDirectory(dir.resolve("coordinator/target/dist/aot")));
            }
            else
            {
                // JDK 17 would ignore -XX:AOTCache (IgnoreUnrecognizedVMOptions), but a file nobody uses is litter
                assertEquals(List.of(), flags);
                assertFalse(Files.exists(dir.resolve("coordinator")));
            }
        }
        finally
        {
            if (null == home)
            {
                System.clearProperty(WorkerAotCache.HOME_PROP_NAME);
            }
            else
            {
                System.setProperty(WorkerAotCache.HOME_PROP_NAME, home);
            }
        }
    }

    private static List<String> flags(final WorkerAotCache cache)
    {
        final List<String> command = new ArrayList<>();
        cache.addFlags(command, PID);
        return command;
    }
}
