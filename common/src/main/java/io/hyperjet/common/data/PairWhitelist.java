package io.hyperjet.common.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.hyperjet.common.UserInputException;

/**
 * Expands a pair whitelist whose entries may be regular expressions (e.g. one matching every BTC-quoted pair)
 * against the pairs present, then removes the blacklist (also regular expressions). An entry that matches nothing is
 * kept as written when it is a plain pair, so the loader can report its missing file; a pattern that matches nothing
 * is dropped.
 */
public final class PairWhitelist
{
    private PairWhitelist()
    {
    }

    /**
     * Expands the whitelist.
     *
     * @param whitelist entries in order (pairs or regular expressions, matched against the whole pair).
     * @param blacklist entries to remove (pairs or regular expressions).
     * @param available the pairs present in the data directory for the timeframe, in the order to list matches.
     * @return the pairs, in whitelist order, without duplicates.
     * @throws UserInputException for an invalid regular expression.
     */
    public static List<String> expand(
        final List<String> whitelist, final List<String> blacklist, final Collection<String> available)
    {
        return expand(whitelist, blacklist, available, "pair_whitelist", "pair_blacklist");
    }

    /**
     * Expands the whitelist, naming the keys in errors as given (e.g. {@code config key
     * 'exchange.pair_whitelist' in config.json}), so a bad pattern's line says which file to fix.
     *
     * @param whitelist      entries in order (pairs or regular expressions, matched against the whole pair).
     * @param blacklist      entries to remove (pairs or regular expressions).
     * @param available      the pairs present in the data directory for the timeframe, in the order to list matches.
     * @param whitelistWhere how errors name the whitelist.
     * @param blacklistWhere how errors name the blacklist.
     * @return the pairs, in whitelist order, without duplicates.
     * @throws UserInputException for an invalid regular expression.
     */
    public static List<String> expand(
        final List<String> whitelist, final List<String> blacklist, final Collection<String> available,
        final String whitelistWhere, final String blacklistWhere)
    {
        final Set<String> result = new LinkedHashSet<>();
        for (final String entry : whitelist)
        {
            if (available.contains(entry))
            {
                result.add(entry);
                continue;
            }
            final Pattern pattern = compile(entry, whitelistWhere);
            boolean matched = false;
            for (final String pair : available)
            {
                if (pattern.matcher(pair).matches())
                {
                    result.add(pair);
                    matched = true;
                }
            }
            if (!matched && isPlainPair(entry))
            {
                result.add(entry);
            }
        }
        for (final String entry : blacklist)
        {
            final Pattern pattern = compile(entry, blacklistWhere);
            result.removeIf((pair) -> pair.equals(entry) || pattern.matcher(pair).matches());
        }
        return new ArrayList<>(result);
    }

    private static Pattern compile(final String entry, final String key)
    {
        try
        {
            return Pattern.compile(entry);
        }
        catch (final PatternSyntaxException ex)
        {
            throw new UserInputException(key + ": '" + entry + "' is neither a pair nor a valid regular expression");
        }
    }

    private static boolean isPlainPair(final String entry)
    {
        for (int i = 0; i < entry.length(); i++)
        {
            if ("*+?[](){}|\\^$".indexOf(entry.charAt(i)) >= 0)
            {
                return false;
            }
        }
        return true;
    }
}
