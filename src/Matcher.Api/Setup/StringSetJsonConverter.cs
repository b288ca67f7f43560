using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matcher.Api.Setup;

/// <summary>Reads a JSON array of strings into an <see cref="IReadOnlySet{T}"/> (ordinal), which System.Text.Json cannot create by itself.</summary>
public sealed class StringSetJsonConverter : JsonConverter<IReadOnlySet<string>>
{
    public override IReadOnlySet<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<string>>(ref reader, options) is { } items
            ? new HashSet<string>(items, StringComparer.Ordinal)
            : throw new JsonException("Expected an array of strings, not null.");

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value.Order(StringComparer.Ordinal)) writer.WriteStringValue(item);
        writer.WriteEndArray();
    }
}
