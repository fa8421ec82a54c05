using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CoreApi.Settings;

public enum ConfigFailure
{
    InvalidJson,
    Invalid,
    Overridden,
    NotStored,
}
