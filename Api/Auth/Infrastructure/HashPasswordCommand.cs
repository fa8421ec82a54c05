namespace CoreApi.Auth;

/// <summary>
/// <c>dotnet run --project Api -- hash-password</c>: reads a password (the first line of standard input, not echoed
/// when typed at a terminal) and prints its hash for <c>api.auth.password</c> or <c>api.auth.users[].password</c>.
/// </summary>
public static class HashPasswordCommand
{
    public const string Name = "hash-password";

    /// <returns>The process exit code, or null when <paramref name="args"/> do not name this command.</returns>
    public static int? TryRun(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        var interactive = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected;
        if (interactive)
        {
            error.Write("Password: ");
        }

        var password = interactive ? ReadHidden() : input.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("hash-password: no password given (type it, or pipe it on standard input).");
            return 2;
        }

        output.WriteLine(PasswordHash.Create(password));
        return 0;
    }

    private static string ReadHidden()
    {
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
