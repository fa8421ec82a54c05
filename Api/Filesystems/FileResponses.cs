using CoreApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CoreApi.Filesystems;

/// <summary>What the fs API and the mounts answer: files with <c>Last-Modified</c>, <c>ETag</c> and ranges (RFC 9110 §13, §14), writes, deletes and errors.</summary>
public static class FileResponses
{
    public static IActionResult File(FileContent content, string contentType)
    {
        var lastModified = content.Entry.LastModified;
        var etag = new EntityTagHeaderValue(content.Entry.ETag);
        return content.PhysicalPath is { } physical
            ? new PhysicalFileResult(physical, contentType) { LastModified = lastModified, EntityTag = etag, EnableRangeProcessing = true }
            : new FileStreamResult(content.Open!(), contentType) { LastModified = lastModified, EntityTag = etag, EnableRangeProcessing = true };
    }

    public static IActionResult NotFound(string detail) => ApiResults.Error(new ApiError(StatusCodes.Status404NotFound, "File not found", [detail]));

    public static IActionResult BadRequest(string detail) => ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Bad request", [detail]));

    /// <summary>201 (created) or 204 (replaced), empty, with <c>Content-Location</c>; or 400 with the reason.</summary>
    public static IActionResult Written(HttpResponse response, WriteOutcome outcome, string location)
    {
        if (outcome.Problem is { } problem)
        {
            return BadRequest(problem);
        }

        response.Headers.ContentLocation = location;
        return new StatusCodeResult(outcome.Created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent);
    }

    public static IActionResult Deleted(string path) => new ContentResult { StatusCode = 200, Content = $"Deleted: {path}", ContentType = "text/plain; charset=utf-8" };
}
