package io.hyperjet.worker.loss;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossFunctionsTest
{
    private final ClassLoader loader = LossFunctionsTest.class.getClassLoader();

    @Test
    void shouldCreateEveryBuiltInByFreqtradeName()
    {
        assertEquals(List.of("CalmarHyperOptLoss", "DefaultHyperOptLoss", "MaxDrawDownHyperOptLoss",
            "MaxDrawDownRelativeHyperOptLoss", "MultiMetricHyperOptLoss", "OnlyProfitHyperOptLoss",
            "ProfitDrawDownHyperOptLoss", "SharpeHyperOptLoss", "SharpeHyperOptLossDaily", "ShortTradeDurHyperOptLoss",
            "SortinoHyperOptLoss", "SortinoHyperOptLossDaily"), LossFunctions.builtInNames());
        for (final String name : LossFunctions.builtInNames())
        {
            final HyperoptLoss loss = LossFunctions.create(name, null);
            if (!"DefaultHyperOptLoss".equals(name))
            {
                assertEquals(name, loss.getClass().getSimpleName());
            }
        }
    }

    @Test
    void shouldMapDefaultAliasToShortTradeDuration()
    {
        assertInstanceOf(ShortTradeDurHyperOptLoss.class, LossFunctions.create("DefaultHyperOptLoss", null));
    }

    @Test
    void shouldRejectUnknownNameInOneLineListingValidNames()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> LossFunctions.create("Sharpe", loader));
        assertTrue(ex.getMessage().startsWith("unknown hyperopt loss 'Sharpe': use one of CalmarHyperOptLoss, "),
            ex.getMessage());
        assertTrue(ex.getMessage().contains("SharpeHyperOptLossDaily"));
        assertFalse(ex.getMessage().contains("\n"));
    }

    @Test
    void shouldLoadUserLossClassFromLoader()
    {
        final HyperoptLoss loss = LossFunctions.create(ConstantLoss.class.getName(), loader);
        final LossInput input = new LossInput(TestTrades.context(1), null).reset(List.of(simple(1, 1, 1.0)));
        assertEquals(1.0, loss.loss(input));
    }

    @Test
    void shouldRejectClassNotImplementingTheInterface()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> LossFunctions.create("java.lang.String", loader));
        assertEquals("hyperopt loss class java.lang.String must be a public, non-abstract class implementing " +
            "io.hyperjet.worker.loss.HyperoptLoss", ex.getMessage());
    }

    @Test
    void shouldRejectClassWithoutNoArgConstructor()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> LossFunctions.create(NoDefaultConstructorLoss.class.getName(), loader));
        assertEquals("hyperopt loss class " + NoDefaultConstructorLoss.class.getName() +
            " needs a public no-arg constructor", ex.getMessage());
    }
}
