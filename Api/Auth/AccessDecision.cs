using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

public enum AccessDecision
{
    Granted,

    /// <summary>No valid access token: 401.</summary>
    Unauthenticated,

    /// <summary>A valid token whose user may not do this (a read user writing): 403.</summary>
    Forbidden,
}
