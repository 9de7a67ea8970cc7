package io.hyperjet.coordinator.results;

import io.hyperjet.common.UserInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperoptResultsTest
{
    @TempDir
    Path userData;

    @Test
    void shouldLocateTheFileNamedByLastResult()
    {
        final Path file = FthyptFixtures.write(userData, "strategy_X_1.fthypt", FthyptFixtures.fiveEpochs());
        assertEquals(file, HyperoptResults.locate(userData, null));
    }

    @Test
    void shouldPreferTheGivenFileName()
    {
        FthyptFixtures.write(userData, "strategy_X_1.fthypt", FthyptFixtures.fiveEpochs());
        assertEquals(userData.resolve("hyperopt_results/other.fthypt"), HyperoptResults.locate(userData,
            "other.fthypt"));
    }

    @Test
    void shouldNameTheMissingLastResultFile() throws IOException
    {
        Files.createDirectories(userData.resolve("hyperopt_results"));
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> HyperoptResults.locate(userData, null));
        assertTrue(ex.getMessage().startsWith(userData.resolve("hyperopt_results/.last_result.json") + ": not found"),
            ex.getMessage());
    }

    @Test
    void shouldNameTheMissingResultsDirectory()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> HyperoptResults.locate(userData, null));
        assertEquals(userData.resolve("hyperopt_results") + ": hyperopt results directory not found", ex.getMessage());
    }

    @Test
    void shouldReadEveryEpochInOrder()
    {
        final Path file = FthyptFixtures.write(userData, "a.fthypt", FthyptFixtures.fiveEpochs());
        final HyperoptResults results = HyperoptResults.read(file);
        assertEquals(5, results.epochs().size());
        assertEquals(4, results.epochs().get(3).path("current_epoch").asInt());
        assertEquals("USDT", results.stakeCurrency());
    }

    @Test
    void shouldReadBareNanAndInfinity() throws IOException
    {
        final Path file = FthyptFixtures.write(userData, "a.fthypt", FthyptFixtures.fiveEpochs());
        Files.writeString(file, "{\"is_best\": false, \"loss\": NaN, \"results_metrics\": {\"sharpe\": -Infinity}}\n");
        assertTrue(Double.isNaN(HyperoptResults.read(file).epochs().get(0).path("loss").asDouble()));
    }

    @Test
    void shouldNameTheMalformedLine() throws IOException
    {
        final Path file = FthyptFixtures.write(userData, "a.fthypt", FthyptFixtures.fiveEpochs());
        Files.writeString(file, Files.readString(file) + "{\"loss\": 1,\n");
        final UserInputException ex = assertThrows(UserInputException.class, () -> HyperoptResults.read(file));
        assertTrue(ex.getMessage().startsWith(file + ": line 6 is not valid JSON"), ex.getMessage());
    }

    @Test
    void shouldRefuseAFirstLineWithoutIsBest() throws IOException
    {
        final Path file = userData.resolve("old.fthypt");
        Files.writeString(file, "{\"loss\": 1.0, \"results_metrics\": {}}\n");
        final UserInputException ex = assertThrows(UserInputException.class, () -> HyperoptResults.read(file));
        assertTrue(ex.getMessage().startsWith(file + ": line 1 has no \"is_best\""), ex.getMessage());
    }

    @Test
    void shouldNameAMissingResultsFile()
    {
        final Path file = userData.resolve("nope.fthypt");
        final UserInputException ex = assertThrows(UserInputException.class, () -> HyperoptResults.read(file));
        assertEquals(file + ": hyperopt results file not found", ex.getMessage());
    }

    @Test
    void shouldReadFreqtradesSampleFile()
    {
        final Path sample = FthyptFixtures.freqtradeSample();
        Assumptions.assumeTrue(null != sample, "shared data absent");
        final HyperoptResults results = HyperoptResults.read(sample);
        assertEquals(5, results.epochs().size());
        assertEquals("BTC", results.stakeCurrency());
    }
}
