namespace CoreApi.Auth;

/// <summary>What a principal may do: everything, or read (GET and HEAD requests) only.</summary>
public enum UserRole
{
    Admin,
    Read,
}
