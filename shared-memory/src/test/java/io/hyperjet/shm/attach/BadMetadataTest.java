package io.hyperjet.shm.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.shm.run.SharedRun;
import io.hyperjet.shm.test.ShmTempDirFactory;
import io.hyperjet.shm.test.TestFrames;

class BadMetadataTest
{
    @TempDir(factory = ShmTempDirFactory.class)
    Path root;
    private SharedRun run;
    private Path metadataFile;

    @BeforeEach
    void setUp()
    {
        run = SharedRun.create(root, 8192, SharedRun.STDERR_LOG);
        run.addPair(TestFrames.frame("BTC/USDT", 200, 1));
        run.addPair(TestFrames.frame("ETH/USDT", 200, 2));
        metadataFile = run.publish();
    }

    @AfterEach
    void tearDown()
    {
        run.close();
    }

    @Test
    void shouldRefuseAnUnknownFormatVersion() throws IOException
    {
        Files.writeString(metadataFile, Files.readString(metadataFile).replace("\"format_version\" : 1",
            "\"format_version\" : 7"));

        assertOneLineError(metadataFile + ": unknown metadata format_version 7 (this hyperjet reads version 1)");
    }

    @Test
    void shouldRefuseAMissingSegmentFile() throws IOException
    {
        Files.delete(run.directory().resolve("segment-001.dat"));

        assertOneLineErrorStartingWith(metadataFile + ": segment file segment-001.dat is missing (metadata says ");
    }

    @Test
    void shouldRefuseASegmentShorterThanTheMetadataSays() throws IOException
    {
        try (RandomAccessFile file = new RandomAccessFile(run.directory().resolve("segment-000.dat").toFile(), "rw"))
        {
            file.setLength(100);
        }

        assertOneLineErrorStartingWith(metadataFile + ": segment file segment-000.dat is 100 bytes, shorter than the ");
    }

    @Test
    void shouldRefuseMalformedJson() throws IOException
    {
        Files.writeString(metadataFile, Files.readString(metadataFile).substring(0, 300));

        assertOneLineErrorStartingWith(metadataFile + ": malformed metadata JSON at line ");
    }

    @Test
    void shouldRefuseAMissingMetadataFile()
    {
        final Path missing = run.directory().resolve("nope.json");

        final UserInputException ex = assertThrows(UserInputException.class, () -> AttachedRun.attach(missing));

        assertEquals(missing + ": metadata file not found", ex.getMessage());
    }

    @Test
    void shouldRefuseABlockOutsideItsSegment() throws IOException
    {
        Files.writeString(metadataFile, Files.readString(metadataFile).replaceFirst("\"offset\" : 0,",
            "\"offset\" : 8000,"));

        assertOneLineErrorStartingWith(metadataFile + ": invalid metadata: pair BTC/USDT 5m column date: block ");
    }

    @Test
    void shouldRefuseAMetadataFileWithoutFormatVersion() throws IOException
    {
        Files.writeString(metadataFile, "{\"pairs\": []}");

        assertOneLineError(metadataFile + ": not a hyperjet run metadata file (no integer format_version)");
    }

    @Test
    void shouldRefuseSegmentFilesOpenToOtherUsers() throws IOException
    {
        final Path segment = run.directory().resolve("segment-000.dat");
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertOneLineError(metadataFile + ": " + segment + " has permissions rw-rw-rw-, expected owner-only");
    }

    private void assertOneLineError(final String expected)
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> AttachedRun.attach(metadataFile));
        assertEquals(expected, ex.getMessage());
    }

    private void assertOneLineErrorStartingWith(final String prefix)
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> AttachedRun.attach(metadataFile));
        assertTrue(ex.getMessage().startsWith(prefix), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"), ex.getMessage());
    }
}
