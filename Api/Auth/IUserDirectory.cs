
namespace CoreApi.Auth;

/// <summary>The principals that may log in.</summary>
public interface IUserDirectory
{
    /// <summary>True when the credentials name a user and its password; takes the same time for unknown and known users.</summary>
    bool Verify(string username, string password);

    /// <summary>The role of <paramref name="subject"/> while it may still use its tokens; null once it has been removed.</summary>
    UserRole? RoleOf(string subject);

    /// <summary>True while <paramref name="subject"/> may still use its tokens (it has not been removed).</summary>
    bool IsActive(string subject) => RoleOf(subject) is not null;
}
