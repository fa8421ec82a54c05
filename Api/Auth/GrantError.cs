
namespace CoreApi.Auth;

public enum GrantError
{
    InvalidRequest,
    InvalidGrant,
    UnsupportedGrantType,
    Throttled,
}
