namespace CoreApi.Auth;

/// <summary>Why a signed, unexpired token is still refused.</summary>
public enum TokenRejection
{
    WrongUse,
    MissingSubject,
    IssuedInTheFuture,
    MalformedIssuedAt,
    UnknownSubject,
    Revoked,

    /// <summary>A JOSE header that points at a key (kid, jku, x5u, …): we never issue one.</summary>
    KeyReferenceHeader,
}
