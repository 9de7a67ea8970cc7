package io.hyperjet.coordinator.resources;

/**
 * One line of why the optimizer chose what it chose, or what the user should know before the run starts.
 *
 * @param severity {@link Severity#INFO} for a decision, {@link Severity#WARNING} for something to act on.
 * @param subject  what the line is about: {@code workers}, {@code batch} or {@code memory}.
 * @param text     one human-readable sentence with the numbers behind it.
 */
public record Reason(Severity severity, String subject, String text)
{
    /**
     * How much a reason matters.
     */
    public enum Severity
    {
        INFO,
        WARNING
    }

    static Reason info(final String subject, final String text)
    {
        return new Reason(Severity.INFO, subject, text);
    }

    static Reason warning(final String subject, final String text)
    {
        return new Reason(Severity.WARNING, subject, text);
    }

    @Override
    public String toString()
    {
        return (Severity.WARNING == severity ? "WARNING " : "") + subject + ": " + text;
    }
}
