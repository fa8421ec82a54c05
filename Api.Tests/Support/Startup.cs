using Microsoft.Extensions.Options;

namespace CoreApi.Tests.Support;

public static class Startup
{
    /// <summary>Starts the server expecting it to refuse; returns the validation failure, however the host wrapped it.</summary>
    public static OptionsValidationException Refusal(CoreApiFactory factory)
    {
        try
        {
            factory.CreateClient();
        }
        catch (Exception e)
        {
            var found = e is AggregateException aggregate
                ? aggregate.Flatten().InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault()
                : e as OptionsValidationException;
            return found ?? throw new AssertFailedException($"The start failed, but not with a validation message: {e}");
        }

        throw new AssertFailedException("The server started although its settings are invalid.");
    }
}
