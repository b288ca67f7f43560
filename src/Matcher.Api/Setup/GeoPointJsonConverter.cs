using System.Text.Json;
using System.Text.Json.Serialization;
using Matcher.Core;

namespace Matcher.Api.Setup;

/// <summary>
/// Reads and writes <see cref="GeoPoint"/> as <c>{"latitude": 51.05, "longitude": 12.14}</c>. Needed because the
/// serializer builds structs through their default constructor and would silently read every point as (0, 0).
/// </summary>
public sealed class GeoPointJsonConverter : JsonConverter<GeoPoint>
{
    public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A position must be an object with latitude and longitude.");
        double? latitude = null, longitude = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "latitude", StringComparison.OrdinalIgnoreCase)) latitude = reader.GetDouble();
            else if (string.Equals(name, "longitude", StringComparison.OrdinalIgnoreCase)) longitude = reader.GetDouble();
            else throw new JsonException($"The JSON property '{name}' could not be mapped: a position has only latitude and longitude.");
        }
        if (latitude is null || longitude is null) throw new JsonException("JSON deserialization for type 'GeoPoint' was missing required properties including: '" + (latitude is null ? "latitude" : "longitude") + "'.");
        if (latitude is not (>= -90 and <= 90) || longitude is not (>= -180 and <= 180))
            throw new JsonException("A position needs a latitude in [-90, 90] and a longitude in [-180, 180].");
        return new GeoPoint(latitude.Value, longitude.Value);
    }

    public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("latitude", value.Latitude);
        writer.WriteNumber("longitude", value.Longitude);
        writer.WriteEndObject();
    }
}
