using System.Globalization;

namespace Orchestrator.Definitions;

/// <summary>Typed reads on top of <see cref="MappingReader.String"/>; a value of the wrong type is reported, not thrown.</summary>
internal static class TypedFields
{
    public static int? Int(this MappingReader reader, string key, bool required = false) =>
        Parse(reader, key, required, "a whole number", text =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

    public static long? Long(this MappingReader reader, string key, bool required = false) =>
        Parse(reader, key, required, "a whole number", text =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null);

    public static double? Number(this MappingReader reader, string key, bool required = false) =>
        Parse(reader, key, required, "a number", text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null);

    public static bool Bool(this MappingReader reader, string key, bool fallback) =>
        Parse(reader, key, false, "true or false", text => text switch
        {
            "true" => true,
            "false" => false,
            _ => (bool?)null,
        }) ?? fallback;

    public static TimeSpan? Duration(this MappingReader reader, string key, bool required = false) =>
        Parse(reader, key, required, DurationText.Format, text =>
            DurationText.TryParse(text, out var v) ? v : (TimeSpan?)null);

    public static T? Enum<T>(this MappingReader reader, string key, NameTable<T> names, bool required = false)
        where T : struct, System.Enum =>
        Parse(reader, key, required, $"one of {names.Choices}", text =>
            names.TryParse(text, out var v) ? v : (T?)null);

    private static T? Parse<T>(MappingReader reader, string key, bool required, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (reader.String(key, required) is not { } text)
        {
            return null;
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        reader.Marks.SetInvalid(key);
        reader.Problems.Add(reader.Marks.Field(key), $"field '{key}' of {reader.Subject} must be {expected}, not '{text}'");
        return null;
    }
}
