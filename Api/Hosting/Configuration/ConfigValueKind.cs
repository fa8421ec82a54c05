namespace CoreApi.Hosting;

/// <summary>The kind of value a setting holds; decides how its environment variable is read.</summary>
public enum ConfigValueKind
{
    Text,
    Boolean,
    Integer,

    /// <summary>datarhei's tenant list: comma-separated <c>auth0://clientid@domain?aud=…&amp;user=…</c> or base64 JSON.</summary>
    Auth0Tenants,

    /// <summary>A comma-separated list in the variable, an array in JSON files.</summary>
    List,

    /// <summary>A space-separated list in the variable (datarhei's regular-expression and extension lists), an array in JSON files.</summary>
    SpaceList,

    /// <summary>A JSON array of objects, such as <c>[{"name":"viewer","password":"…","role":"read"}]</c>.</summary>
    JsonList,
}
