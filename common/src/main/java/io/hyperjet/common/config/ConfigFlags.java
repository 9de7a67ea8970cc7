package io.hyperjet.common.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Config keys set by command-line flags, each with the flag that set it, so an error or warning about the key names
 * the flag the user typed ({@code --timerange}) rather than a config file. Applied over every config file, as
 * Freqtrade's flags override its config. Not threadsafe; filled once by a command, then read.
 */
public final class ConfigFlags
{
    /**
     * One flag's key.
     *
     * @param flag  the flag as typed in messages, e.g. {@code --max-open-trades}.
     * @param key   the dotted config key it sets.
     * @param value a String, Number, Boolean or List.
     */
    public record Entry(String flag, String key, Object value)
    {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Sets a key from a flag; a null value (flag not given) sets nothing.
     *
     * @param flag  the flag's name for messages.
     * @param key   the config key.
     * @param value the value, or null.
     * @return this.
     */
    public ConfigFlags set(final String flag, final String key, final Object value)
    {
        if (null != value)
        {
            entries.add(new Entry(flag, key, value));
        }
        return this;
    }

    /**
     * The keys set, in the order given.
     *
     * @return a read-only view.
     */
    public List<Entry> entries()
    {
        return Collections.unmodifiableList(entries);
    }

    /**
     * Overrides each key in a loader, naming its flag as the source.
     *
     * @param loader the loader of the run's config.
     * @return the loader.
     */
    public ConfigLoader applyTo(final ConfigLoader loader)
    {
        for (final Entry e : entries)
        {
            loader.override(e.key(), e.flag(), e.value());
        }
        return loader;
    }
}
