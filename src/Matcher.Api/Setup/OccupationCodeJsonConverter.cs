using System.Text.Json;
using System.Text.Json.Serialization;
using Matcher.Core;

namespace Matcher.Api.Setup;

/// <summary>Writes and reads <see cref="OccupationCode"/> as its 5-digit string, e.g. "51312".</summary>
public sealed class OccupationCodeJsonConverter : JsonConverter<OccupationCode>
{
    public override OccupationCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return OccupationCode.TryParse(text, out var code) ? code : throw new JsonException($"'{text}' is not a 5-digit KldB 2010 code.");
    }

    public override void Write(Utf8JsonWriter writer, OccupationCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
