package io.hyperjet.worker.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.launch.JvmFlags;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ClassArchiveDumpTest
{
    @TempDir
    Path dir;

    @Test
    void shouldLeaveNoFileWhenTheJvmIsNotRecording()
    {
        // the test JVM runs without -XX:AOTMode=record, so the JVM refuses to end a recording (or, on 17, has none)
        final File cache = dir.resolve("worker.aot").toFile();
        assertFalse(new ClassArchiveDump(dir.resolve("worker.aot.config.tmp-1").toFile(), cache, 1).dump());
        assertArrayEquals(new String[0], dir.toFile().list());
    }

    @Test
    void shouldDumpOnlyAtTheGivenEpochAndOnlyWhenAsked()
    {
        final ClassArchiveDump dump = new ClassArchiveDump(dir.resolve("c").toFile(), dir.resolve("a").toFile(), 3);
        dump.onEpochs(1);
        dump.onEpochs(2);
        dump.dumpIfRequested();
        assertEquals(0, dump.attempts());
        dump.onEpochs(3);
        assertEquals(0, dump.attempts(), "the slot thread only asks");
        dump.dumpIfRequested();
        dump.onEpochs(4);
        dump.dumpIfRequested();
        assertEquals(1, dump.attempts());
        assertArrayEquals(new String[0], dir.toFile().list());
        final ClassArchiveDump notAsked = ClassArchiveDump.none();
        notAsked.onEpochs(ClassArchiveDump.AFTER_EPOCHS);
        notAsked.dumpIfRequested();
        assertEquals(0, notAsked.attempts());
    }

    @Test
    void shouldCreateTheCacheWithTheRecordingJvmsFlagsAndClassPathOnly()
    {
        final List<String> command = ClassArchiveDump.createCommand("/jdk/bin/java",
            List.of("-XX:+UseParallelGC", "-XX:AOTMode=record", "-XX:AOTConfiguration=/x/c.tmp-1", "-Xmx100m",
                "-D" + ClassArchiveDump.CONFIG_PROP_NAME + "=/x/c.tmp-1", "-D" + ClassArchiveDump.CACHE_PROP_NAME + "=/x/a",
                "-Dother=1"),
            new File("/x/c.tmp-1"), new File("/x/a.tmp-2"), "a.jar:b.jar");
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx100m", "-Dother=1", "-XX:AOTMode=create",
            "-XX:AOTConfiguration=/x/c.tmp-1", "-XX:AOTCache=/x/a.tmp-2", "-cp", "a.jar:b.jar"), command);
    }

    @Test
    void shouldWriteACacheTheJvmUsesAndIgnoreAStaleOneQuietly() throws Exception
    {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches with AOT.end_recording need JDK 25");
        final Path cache = dir.resolve("worker.aot");
        final Path config = dir.resolve("worker.aot.config.tmp-1");
        // the JVM caches classes from jars only (a class path with a non-empty directory fails the training)
        final String classPath = jar(dir.resolve("child.jar"), AotTrainingChild.class, ClassArchiveDump.class);
        final Child training = child(classPath, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + config,
            "-D" + ClassArchiveDump.CONFIG_PROP_NAME + "=" + config, "-D" + ClassArchiveDump.CACHE_PROP_NAME + "=" + cache);
        assertEquals(0, training.exitCode, training.output);
        assertTrue(training.output.contains("AOT cache written"), training.output);
        assertArrayEquals(new String[] {"child.jar", "worker.aot"}, Files.list(dir).map(p -> p.getFileName().toString())
            .sorted().toArray(), "no configuration or temporary file left");
        // AOTMode=on makes a JVM that cannot use the cache fail
        final Child using = child(classPath, "-XX:AOTMode=on", "-XX:AOTCache=" + cache);
        assertEquals(0, using.exitCode, using.output);
        // another class path (a rebuilt distribution, say) makes the cache stale: used silently without it
        final String otherJar = jar(dir.resolve("other.jar"), AotTrainingChild.class, ClassArchiveDump.class);
        final Child stale = child(otherJar + File.pathSeparator + classPath, "-XX:AOTCache=" + cache);
        assertEquals(0, stale.exitCode, stale.output);
        assertEquals("", stale.output);
    }

    private static String jar(final Path jar, final Class<?>... classes) throws IOException
    {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)))
        {
            for (final Class<?> type : classes)
            {
                final String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name))
                {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar.toString();
    }

    /* The worker flags of etc/jvm.properties (which quiet the JVM's AOT messages), then the given ones. */
    private static Child child(final String classPath, final String... flags) throws IOException, InterruptedException
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JvmFlags.flags());
        command.addAll(JvmFlags.flags(JvmFlags.WORKER_FLAGS_PROP_NAME));
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", classPath, AotTrainingChild.class.getName()));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Child(process.exitValue(), output);
    }

    private record Child(int exitCode, String output)
    {
    }
}
