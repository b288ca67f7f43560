namespace Matcher.Bench;

/// <summary>The few command-line conventions the bench verbs share: <c>--name value</c> options and failing with a message and exit code 2.</summary>
public static class CliArguments
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent.</summary>
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Writes <paramref name="message"/> to standard error and returns the exit code for bad input.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
