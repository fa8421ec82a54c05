using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Processes;

/// <summary>What the configured FFmpeg can do (§7).</summary>
[ApiController]
[Authorize]
[Route("api/v3/skills")]
[Produces("application/json")]
public sealed class SkillsController(SkillsService skills) : ControllerBase
{
    /// <summary>Read the FFmpeg skills: version, filters, codecs, formats, protocols, devices, hardware acceleration.</summary>
    [HttpGet]
    [ProducesResponseType<SkillsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> GetSkills() => JsonAnswer.Of(await skills.GetAsync(), ProcessJson.Wire.SkillsDto);

    /// <summary>Detect the FFmpeg skills again (about a second), then read them.</summary>
    /// <remarks>Admins only: it runs FFmpeg seven times.</remarks>
    [HttpGet("reload")]
    [CoreApi.Auth.AdminOnly]
    [ProducesResponseType<SkillsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> ReloadSkills() => JsonAnswer.Of(await skills.ReloadAsync(), ProcessJson.Wire.SkillsDto);
}
