package io.hyperjet.worker.loss;

import io.hyperjet.common.UserInputException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Lookup of hyperopt losses by Freqtrade's class names (plus the alias {@code DefaultHyperOptLoss}), or of a
 * user-defined loss class by its binary name.
 */
public final class LossFunctions
{
    /** The loss used when the config and command line name none. */
    public static final String DEFAULT_NAME = "ShortTradeDurHyperOptLoss";

    private static final Map<String, Supplier<HyperoptLoss>> BUILT_INS = new TreeMap<>();

    static
    {
        BUILT_INS.put("ShortTradeDurHyperOptLoss", ShortTradeDurHyperOptLoss::new);
        BUILT_INS.put("DefaultHyperOptLoss", ShortTradeDurHyperOptLoss::new);
        BUILT_INS.put("OnlyProfitHyperOptLoss", OnlyProfitHyperOptLoss::new);
        BUILT_INS.put("SharpeHyperOptLoss", SharpeHyperOptLoss::new);
        BUILT_INS.put("SharpeHyperOptLossDaily", SharpeHyperOptLossDaily::new);
        BUILT_INS.put("SortinoHyperOptLoss", SortinoHyperOptLoss::new);
        BUILT_INS.put("SortinoHyperOptLossDaily", SortinoHyperOptLossDaily::new);
        BUILT_INS.put("CalmarHyperOptLoss", CalmarHyperOptLoss::new);
        BUILT_INS.put("MaxDrawDownHyperOptLoss", MaxDrawDownHyperOptLoss::new);
        BUILT_INS.put("MaxDrawDownRelativeHyperOptLoss", MaxDrawDownRelativeHyperOptLoss::new);
        BUILT_INS.put("ProfitDrawDownHyperOptLoss", ProfitDrawDownHyperOptLoss::new);
        BUILT_INS.put("MultiMetricHyperOptLoss", MultiMetricHyperOptLoss::new);
    }

    private LossFunctions()
    {
    }

    /**
     * The built-in names, sorted.
     *
     * @return the names Freqtrade accepts for its built-in losses.
     */
    public static List<String> builtInNames()
    {
        return new ArrayList<>(BUILT_INS.keySet());
    }

    /**
     * A new loss instance for a name: a built-in name, else the binary name of a user class visible to the loader.
     *
     * @param name   the loss name as given by the user.
     * @param loader the class loader of user code (may be null for built-ins only).
     * @return a new instance.
     * @throws UserInputException when the name is neither a built-in nor a usable loss class.
     */
    public static HyperoptLoss create(final String name, final ClassLoader loader)
    {
        final Supplier<HyperoptLoss> builtIn = BUILT_INS.get(name);
        if (builtIn != null)
        {
            return builtIn.get();
        }
        final Class<?> type = loadOrNull(name, loader);
        if (type == null)
        {
            throw new UserInputException("unknown hyperopt loss '" + name + "': use one of " +
                String.join(", ", BUILT_INS.keySet()) + ", or the class name of a HyperoptLoss implementation");
        }
        if (!HyperoptLoss.class.isAssignableFrom(type) || !Modifier.isPublic(type.getModifiers()) ||
            Modifier.isAbstract(type.getModifiers()))
        {
            throw new UserInputException("hyperopt loss class " + name +
                " must be a public, non-abstract class implementing " + HyperoptLoss.class.getName());
        }
        try
        {
            return (HyperoptLoss)type.getConstructor().newInstance();
        }
        catch (final NoSuchMethodException | IllegalAccessException | InstantiationException ex)
        {
            throw new UserInputException("hyperopt loss class " + name + " needs a public no-arg constructor", ex);
        }
        catch (final InvocationTargetException ex)
        {
            throw new UserInputException("hyperopt loss class " + name + " failed in its constructor: " +
                ex.getCause(), ex.getCause());
        }
    }

    /**
     * {@link #create(String, ClassLoader)}, except that an unknown name defined as a class in a {@code .py} file of
     * these directories is refused as a Python loss ({@link PythonLossClass}).
     *
     * @param name       the loss name as given by the user.
     * @param loader     the class loader of user code (may be null for built-ins only).
     * @param pythonDirs where Freqtrade would look for the loss class.
     * @return a new instance.
     * @throws UserInputException when the name is neither a built-in nor a usable loss class.
     */
    public static HyperoptLoss create(final String name, final ClassLoader loader, final List<Path> pythonDirs)
    {
        if (!BUILT_INS.containsKey(name) && null == loadOrNull(name, loader))
        {
            final String where = PythonLossClass.find(name, pythonDirs);
            if (null != where)
            {
                throw new UserInputException(PythonLossClass.refusal(name, where));
            }
        }
        return create(name, loader);
    }

    private static Class<?> loadOrNull(final String name, final ClassLoader loader)
    {
        if (loader == null || name == null || name.isEmpty())
        {
            return null;
        }
        try
        {
            return Class.forName(name, true, loader);
        }
        catch (final ClassNotFoundException | NoClassDefFoundError ex)
        {
            return null;
        }
    }
}
