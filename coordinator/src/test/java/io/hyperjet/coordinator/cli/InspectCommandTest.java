package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.shm.run.SharedRun;

class InspectCommandTest
{
    @TempDir
    Path root;
    private SharedRun run;
    private Path metadataFile;

    @BeforeEach
    void setUp()
    {
        run = SharedRun.create(root, 4096, SharedRun.STDERR_LOG);
        run.addPair(ShmCliFixtures.frame("BTC/USDT", 100));
        final int eth = run.addPair(ShmCliFixtures.frame("ETH/USDT", 20));
        run.addColumn(eth, "rsi", DoubleColumn.copyOf(new double[20]));
        metadataFile = run.publish();
    }

    @AfterEach
    void tearDown()
    {
        run.close();
    }

    @Test
    void shouldPrintATableOfPairsSegmentsAndTheCoordinator()
    {
        final ShmCliFixtures.Result result = ShmCliFixtures.run("inspect", metadataFile.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("run          " + run.runId()), result.out());
        assertTrue(result.out().contains(": alive"), result.out());
        assertTrue(result.out().matches("(?s).*BTC/USDT +5m +100 +2024-01-01 00:00:00 +2024-01-01 08:15:00 +6 +4,800\n.*"),
            result.out());
        assertTrue(result.out().matches("(?s).*segment-000\\.dat +[0-9,]+ bytes  present\n.*"), result.out());
        assertTrue(result.out().contains("columns of ETH/USDT 5m: date:int64, open:float64, high:float64, " +
            "low:float64, close:float64, volume:float64, rsi:float64"), result.out());
        assertTrue(result.out().contains("2 pairs, 120 rows"), result.out());
    }

    @Test
    void shouldShowAMissingSegmentFile() throws IOException
    {
        Files.delete(run.directory().resolve("segment-001.dat"));

        final ShmCliFixtures.Result result = ShmCliFixtures.run("inspect", metadataFile.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s).*segment-001\\.dat +[0-9,]+ bytes  MISSING\n.*"), result.out());
    }

    @Test
    void shouldVerifyEveryChecksum()
    {
        final ShmCliFixtures.Result result = ShmCliFixtures.run("inspect", metadataFile.toString(), "--verify");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("verify: 13 columns checked, every checksum matches"), result.out());
    }

    @Test
    void shouldExitNonZeroOnAChecksumMismatch() throws IOException
    {
        try (FileChannel channel = FileChannel.open(run.directory().resolve("segment-000.dat"),
            StandardOpenOption.WRITE))
        {
            channel.write(ByteBuffer.wrap(new byte[]{1, 2, 3}), 10);
        }

        final ShmCliFixtures.Result result = ShmCliFixtures.run("inspect", metadataFile.toString(), "--verify");

        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains(": checksum mismatch in pair BTC/USDT 5m column date"), result.out());
        assertTrue(result.out().contains("verify: 13 columns checked, 1 checksum mismatches"), result.out());
    }

    @Test
    void shouldPrintMachineReadableJson() throws IOException
    {
        final ShmCliFixtures.Result result =
            ShmCliFixtures.run("inspect", metadataFile.toString(), "--json", "--verify");

        assertEquals(0, result.exitCode(), result.err());
        final JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(run.runId(), json.get("run_id").asText());
        assertEquals("live", json.get("coordinator").get("status").asText());
        assertEquals(2, json.get("pairs").size());
        assertEquals("rsi", json.get("pairs").get(1).get("columns").get(6).get("name").asText());
        assertTrue(json.get("segments").get(0).get("present").asBoolean());
        assertEquals(13, json.get("verify").get("columns_checked").asInt());
        assertEquals(0, json.get("verify").get("mismatches").size());
    }

    @Test
    void shouldRefuseAnUnknownFormatVersionWithOneLine() throws IOException
    {
        Files.writeString(metadataFile, Files.readString(metadataFile).replace("\"format_version\" : 1",
            "\"format_version\" : 99"));

        final ShmCliFixtures.Result result = ShmCliFixtures.run("inspect", metadataFile.toString());

        assertEquals(2, result.exitCode());
        assertEquals("hyperjet: " + metadataFile + ": unknown metadata format_version 99 " +
            "(this hyperjet reads version 1)\n", result.err());
    }

    @Test
    void shouldRefuseToVerifyARunWithAMissingSegment() throws IOException
    {
        Files.delete(run.directory().resolve("segment-000.dat"));

        final ShmCliFixtures.Result result = ShmCliFixtures.run("inspect", metadataFile.toString(), "--verify");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("hyperjet: " + metadataFile + ": segment file segment-000.dat is missing"),
            result.err());
        assertFalse(result.err().strip().contains("\n"), result.err());
    }
}
