package io.hyperjet.coordinator.hyperopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.testing.TinyTmpfs;

/**
 * Issue 13 items 2 and 5 end to end, through the CLI in a child JVM: a shared-memory directory on a 5 MiB tmpfs
 * (too small for the data) stops the hyperopt with one line and leaves nothing, or moves it to
 * {@code shared_memory_fallback_dir} where workers attach as usual and give the same epochs; a shared-memory root
 * that is a symbolic link or open to others is refused with one line naming it.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SharedMemorySpaceIT
{
    private static final long TMPFS_KIB = 5 * 1024;

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        assertEquals(0, HyperoptFixture.childJvms(), "java processes left behind");
    }

    @Test
    void shouldStopWithOneLineWhenTheDataDoesNotFitATinyTmpfs() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 5, 30);
        try (TinyTmpfs tmpfs = TinyTmpfs.mount(dir.resolve("tiny"), TMPFS_KIB))
        {
            final Path root = tmpfs.path().resolve("hj");
            final Path config = config(fx, root, null);
            final CliProcess run = CliProcess.run(dir, "hyperopt", "-c", config.toString(), "-e", "10", "-j", "1",
                "--spaces", "buy", "sell", "--random-state", "5");

            assertEquals(2, run.exitCode, run.toString());
            final List<String> lines = run.err.lines().filter(l -> l.contains("shared memory")).toList();
            assertEquals(1, lines.size(), run.toString());
            assertTrue(lines.get(0).matches("hyperjet: shared memory " + root + ": the data needs [0-9.]+ MiB, " +
                "5\\.0 MiB free; stopping: set shared_memory_fallback_dir to a directory on disk or make room " +
                "\\(docker: --shm-size\\)"), lines.get(0));
            assertFalse(run.err.contains("--verbose") || run.err.contains("\tat "), run.toString());
            assertEmpty(tmpfs.path());
        }
        assertNoCrashFiles();
        assertFalse(Files.exists(fx.resultsDir().resolve("journal")) && !isEmpty(fx.resultsDir().resolve("journal")),
            "a journal of a run that never started was left for --resume");
    }

    @Test
    void shouldRunOnTheFallbackDirectoryWithTheSameEpochs() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir.resolve("fallback"), 5, 30);
        final Path fallback = dir.resolve("disk");
        try (TinyTmpfs tmpfs = TinyTmpfs.mount(dir.resolve("tiny"), TMPFS_KIB))
        {
            final Path root = tmpfs.path().resolve("hj");
            final Path config = config(fx, root, fallback);
            final CliProcess run = CliProcess.run(dir, "hyperopt", "-c", config.toString(), "-e", "12", "-j", "1",
                "--random-state", "5");

            assertEquals(0, run.exitCode, run.toString());
            assertTrue(run.err.contains("free; using shared_memory_fallback_dir " + fallback +
                " (memory-mapped files on disk)"), run.toString());
            assertTrue(run.out.contains("in shared memory " + fallback.resolve("run-")), run.toString());
            assertEmpty(tmpfs.path());
        }
        assertFalse(Files.exists(fallback), "the fallback run was left behind");
        assertNoCrashFiles();

        final HyperoptFixture reference = new HyperoptFixture(dir.resolve("reference"), 5, 30);
        assertEquals(0, reference.run(reference.options(12, 1, null), new StringWriter()));
        HyperoptFixture.assertSameEpochs(reference.fthyptFiles().get(0), fx.fthyptFiles().get(0));
    }

    @Test
    void shouldRefuseASymbolicLinkOrAWorldWritableRootInOneLine() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 1, 2);
        final Path target = Files.createDirectory(dir.resolve("target"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        final Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        final Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

        final CliProcess linked = CliProcess.run(dir, "hyperopt", "-c", config(fx, link, null).toString(), "-e", "2");
        assertEquals(2, linked.exitCode, linked.toString());
        assertEquals("hyperjet: shared-memory root " + link + " refused: it is a symbolic link; use a directory of " +
            "your own with mode 0700 (shared_memory_dir)", linked.err.strip(), linked.toString());
        assertEmpty(target);

        final CliProcess opened = CliProcess.run(dir, "hyperopt", "-c", config(fx, open, null).toString(), "-e", "2");
        assertEquals(2, opened.exitCode, opened.toString());
        assertEquals("hyperjet: shared-memory root " + open + " refused: its mode is rwxrwxrwx, not rwx------ " +
            "(0700); use a directory of your own with mode 0700 (shared_memory_dir)", opened.err.strip(),
            opened.toString());
        assertEmpty(open);
    }

    private static Path config(final HyperoptFixture fx, final Path root, final Path fallback) throws IOException
    {
        final ObjectNode config = (ObjectNode)EpochCommitter.MAPPER.readTree(fx.config.toFile());
        config.put("shared_memory_dir", root.toString());
        if (null != fallback)
        {
            config.put("shared_memory_fallback_dir", fallback.toString());
        }
        final Path file = fx.dir.resolve("config-" + root.getFileName() + ".json");
        EpochCommitter.MAPPER.writeValue(file.toFile(), config);
        return file;
    }

    private void assertNoCrashFiles() throws IOException
    {
        try (Stream<Path> files = Files.walk(dir))
        {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList());
        }
    }

    private static boolean isEmpty(final Path directory) throws IOException
    {
        try (Stream<Path> entries = Files.list(directory))
        {
            return entries.findAny().isEmpty();
        }
    }

    private static void assertEmpty(final Path directory) throws IOException
    {
        assertTrue(isEmpty(directory), directory + " is not empty");
    }
}
