package io.hyperjet.coordinator.cli;

import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;

/**
 * {@code --python}'s value: a bare name ({@code python3}) is looked up on the PATH when started, but a relative path
 * ({@code ./venv/bin/python}) is made absolute here, against the directory the user typed it in, because the Python
 * bridge is started in a directory of its own where the relative path would name nothing.
 */
final class ExecutablePath implements ITypeConverter<String>
{
    @Override
    public String convert(final String value)
    {
        return value.indexOf('/') < 0 ? value : Path.of(value).toAbsolutePath().normalize().toString();
    }
}
