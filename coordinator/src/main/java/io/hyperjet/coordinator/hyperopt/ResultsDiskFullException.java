package io.hyperjet.coordinator.hyperopt;

/**
 * The results could not be written because the disk (or file system) is full. Its message is the one line the user
 * sees: the path and what the run needs. Every epoch committed before it is kept in valid files.
 */
public final class ResultsDiskFullException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public ResultsDiskFullException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
