namespace CoreApi.Auth;

/// <summary>Why a login was refused, as <see cref="LoginRefusalLog"/> counts it.</summary>
public enum LoginRefusal
{
    /// <summary>Wrong credentials or a refused Auth0 token.</summary>
    Failed,

    /// <summary>Refused unread: too many failures for the user or from the address.</summary>
    Throttled,
}
