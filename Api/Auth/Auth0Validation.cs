namespace CoreApi.Auth;

/// <summary>The outcome of checking an Auth0 access token: the subject allowed to log in, or why not.</summary>
public sealed record Auth0Validation(string? Subject, string? Failure)
{
    public static Auth0Validation Accepted(string subject) => new(subject, null);

    public static Auth0Validation Refused(string failure) => new(null, failure);
}
