package io.hyperjet.worker.frame.ta;

import com.tictactec.ta.lib.CoreAnnotated;
import com.tictactec.ta.lib.meta.annotation.FuncInfo;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every function of the TA-Lib Java library (0.4.0: 158 functions), by name, read once from its annotations.
 * Threadsafe: the table is built when the class loads and never changes.
 */
public final class TaFunctions
{
    private static final Map<String, TaFunction> FUNCTIONS = load();

    private TaFunctions()
    {
    }

    private static Map<String, TaFunction> load()
    {
        final Map<String, TaFunction> functions = new TreeMap<>();
        for (final Method method : CoreAnnotated.class.getDeclaredMethods())
        {
            final FuncInfo info = method.getAnnotation(FuncInfo.class);
            if (info != null)
            {
                try
                {
                    functions.put(info.name(), new TaFunction(method));
                }
                catch (final NoSuchMethodException ex)
                {
                    throw new IllegalStateException("TA-Lib's Core has no " + method.getName(), ex);
                }
            }
        }
        return Collections.unmodifiableMap(functions);
    }

    /**
     * @param name a TA-Lib function name, upper case as in Python ({@code "MACD"}).
     * @return the function.
     * @throws IllegalArgumentException when TA-Lib has no such function.
     */
    public static TaFunction get(final String name)
    {
        final TaFunction function = FUNCTIONS.get(name);
        if (function == null)
        {
            throw new IllegalArgumentException("TA-Lib has no function '" + name + "'");
        }
        return function;
    }

    /** @return every function by name, in name order. */
    public static Map<String, TaFunction> all()
    {
        return FUNCTIONS;
    }
}
