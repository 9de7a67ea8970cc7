package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EpochCsvTest
{
    @TempDir
    Path dir;

    @Test
    void shouldWriteFreqtradesColumnsAndParams()
    {
        final List<JsonNode> epochs = List.of(FthyptFixtures.epoch(1, 5.0, 10, -0.01, -20.0, true),
            FthyptFixtures.epoch(4, 1.0, 40, 0.03, 1234.5, false));
        final String[] lines = EpochCsv.text(epochs, "USDT").split("\n");
        assertEquals("Best,Epoch,Trades,Avg profit,Median profit,Total profit,Stake currency,Profit,Avg duration," +
            "Trade count long,Trade count short,Objective,buy_rsi,stoploss", lines[0]);
        assertEquals("* Best,1,10,-1.00%,-0.5,-0.02000000,USDT,-20.00,1:30:00,10,0,5.00000,21,-0.1", lines[1]);
        assertEquals(",4,40,3.00%,1.5,1.23450000,USDT,\"1,234.50\",1:30:00,40,0,1.00000,24,-0.1", lines[2]);
    }

    @Test
    void shouldLeaveObjectiveEmptyForTooFewTrades()
    {
        final ObjectNode e = FthyptFixtures.epoch(5, 100000, 0, 0.0, 0.0, false);
        final String row = EpochCsv.text(List.of(e), "USDT").split("\n")[1];
        assertEquals(",5,0,0.00%,0.0,,USDT,0.00,1:30:00,0,0,,25,-0.1", row);
    }

    @Test
    void shouldRefuseToOverwrite() throws IOException
    {
        final Path file = Files.writeString(dir.resolve("x.csv"), "keep");
        final List<JsonNode> epochs = List.of(FthyptFixtures.epoch(1, 5.0, 10, -0.01, -20.0, true));
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> EpochCsv.write(file, epochs, "USDT"));
        assertEquals(file + ": CSV file already exists", ex.getMessage());
        assertEquals("keep", Files.readString(file));
    }
}
