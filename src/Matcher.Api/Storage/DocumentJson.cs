using System.Text.Json;
using System.Text.Json.Serialization;
using Matcher.Api.Setup;

namespace Matcher.Api.Storage;

/// <summary>How core records are stored as JSON documents: the same shape the API speaks.</summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} document is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new OccupationCodeJsonConverter());
        options.Converters.Add(new GeoPointJsonConverter());
        options.Converters.Add(new StringSetJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
