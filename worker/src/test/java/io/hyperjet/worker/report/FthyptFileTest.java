package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FthyptFileTest
{
    @Test
    void shouldAppendOneLinePerEpochAndPointLastResultAtTheFile(@TempDir final Path dir) throws Exception
    {
        final Path results = dir.resolve("hyperopt_results");
        try (FthyptFile file = new FthyptFile(results, "S", "2024-10-24_12-34-56"))
        {
            file.append(JsonNodeFactory.instance.objectNode().put("current_epoch", 1));
            file.append(JsonNodeFactory.instance.objectNode().put("current_epoch", 2));
        }
        final FthyptFile again = new FthyptFile(results, "S", "2024-10-24_12-34-56");
        again.append(JsonNodeFactory.instance.objectNode().put("current_epoch", 3));
        again.close();
        again.close();
        assertEquals(List.of("{\"current_epoch\":1}", "{\"current_epoch\":2}", "{\"current_epoch\":3}"),
            Files.readAllLines(results.resolve("strategy_S_2024-10-24_12-34-56.fthypt")));
        assertEquals("{\"latest_hyperopt\":\"strategy_S_2024-10-24_12-34-56.fthypt\"}",
            Files.readString(results.resolve(".last_result.json")));
    }
}
