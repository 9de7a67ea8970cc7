package io.hyperjet.worker.process;

import java.io.File;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ClassArchiveDumpTest
{
    @TempDir
    Path dir;

    @Test
    void shouldLeaveNoFileWhenTheJvmCannotDump()
    {
        // the test JVM runs without -XX:+RecordDynamicDumpInfo, so the JVM refuses the dump
        final File archive = dir.resolve("worker.jsa").toFile();
        assertFalse(new ClassArchiveDump(archive, 1).dump());
        assertArrayEquals(new String[0], dir.toFile().list());
    }

    @Test
    void shouldDumpOnlyAtTheGivenEpochAndOnlyWhenAsked()
    {
        final File archive = dir.resolve("worker.jsa").toFile();
        final ClassArchiveDump dump = new ClassArchiveDump(archive, 3);
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
        final ClassArchiveDump notAsked = new ClassArchiveDump(null, 1);
        notAsked.onEpochs(1);
        notAsked.dumpIfRequested();
        assertEquals(0, notAsked.attempts());
    }
}
