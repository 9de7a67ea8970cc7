package io.hyperjet.common.config;

import java.util.Collection;

/**
 * The known config key a misspelt one most likely meant, for the warning about an unknown key: Freqtrade users
 * carry configs by hand, and {@code max_open_trade} silently ignored would leave the default in force.
 */
public final class KeySuggestion
{
    /** Edits (insert, delete, replace one character) a misspelling may be away from the key it meant. */
    static final int MAX_EDITS = 2;

    private KeySuggestion()
    {
    }

    /**
     * The nearest candidate within {@link #MAX_EDITS} edits (one for keys of four characters or fewer), the first
     * listed on a tie.
     *
     * @param key        the unknown key.
     * @param candidates the known keys.
     * @return the suggestion, or null when none is near.
     */
    static String nearest(final String key, final Collection<String> candidates)
    {
        final int allowed = key.length() <= 4 ? 1 : MAX_EDITS;
        String best = null;
        int bestEdits = allowed + 1;
        for (final String candidate : candidates)
        {
            final int edits = edits(key, candidate);
            if (edits < bestEdits)
            {
                best = candidate;
                bestEdits = edits;
            }
        }
        return best;
    }

    /**
     * Levenshtein distance, one row at a time: the single-character edits that turn one name into the other.
     *
     * @param a one name.
     * @param b the other.
     * @return the number of edits.
     */
    public static int edits(final String a, final String b)
    {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
            {
                final int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
