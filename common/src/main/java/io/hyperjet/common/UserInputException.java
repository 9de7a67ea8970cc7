package io.hyperjet.common;

/**
 * Bad input from the user: a config file, a data file, metadata or strategy code that is wrong. Its message is one
 * line that names the file and what is wrong; the CLI prints it without a stack trace and exits with code 2.
 */
public class UserInputException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public UserInputException(final String message)
    {
        super(message);
    }

    public UserInputException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
