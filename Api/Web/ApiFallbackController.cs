using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Web;

/// <summary>
/// Any other path under <c>/api/</c>: like every protected resource it needs an access token (401 without
/// one, so probing reveals nothing), then answers datarhei's exact 404: <c>{"code":404,"message":"Not Found","details":["Not Found"]}</c>.
/// </summary>
[ApiController]
[Authorize]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ApiFallbackController : ControllerBase
{
    [Route("api/{**path}", Order = int.MaxValue)]
    public ObjectResult NotFoundUnderApi() => ApiResults.Error(StatusCodes.Status404NotFound, "Not Found");
}
