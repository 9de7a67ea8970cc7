package io.hyperjet.coordinator.cli;

import picocli.CommandLine.Option;

/**
 * Freqtrade's {@code --no-color} of hyperopt and hyperopt-list, mixed into both so its command lines run unchanged.
 * Hyperjet's tables and epoch lines carry no colour codes at all, so the flag asks for what is always done; the
 * help says so rather than hiding that nothing changes.
 */
final class NoColorOption
{
    @Option(names = "--no-color", description = "Freqtrade's: print the results without colour. Hyperjet never " +
        "colours its output, so this changes nothing.")
    boolean noColor;
}
