using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ErrorCodes.Tool
{
    /// <summary>Indented JSON that keeps Chinese text readable, written to a text output.</summary>
    internal static class Json
    {
        public static void Write(TextWriter output, System.Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(writer);
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        public static void StringArray(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> items)
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
    }
}
