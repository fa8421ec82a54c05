namespace CoreApi.Auth;

/// <summary>Checks an access token issued by a configured Auth0 tenant.</summary>
public interface IAuth0TokenValidator
{
    Task<Auth0Validation> ValidateAsync(string token, CancellationToken cancellationToken);
}
