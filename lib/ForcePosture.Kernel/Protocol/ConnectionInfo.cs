using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForcePosture.Kernel.Protocol;

/// <summary>The connection file a Jupyter client writes for the kernel: where to bind and how to sign.</summary>
public sealed record ConnectionInfo(
    [property: JsonPropertyName("transport")] string Transport,
    [property: JsonPropertyName("ip")] string Ip,
    [property: JsonPropertyName("shell_port")] int ShellPort,
    [property: JsonPropertyName("iopub_port")] int IopubPort,
    [property: JsonPropertyName("stdin_port")] int StdinPort,
    [property: JsonPropertyName("control_port")] int ControlPort,
    [property: JsonPropertyName("hb_port")] int HeartbeatPort,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("signature_scheme")] string SignatureScheme)
{
    public string Endpoint(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>Reads and checks a connection file. Throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static ConnectionInfo Load(string path)
    {
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the connection file: {e.Message}", e);
        }
        return Parse(json, path);
    }

    public static ConnectionInfo Parse(string json, string origin)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{origin}: expected a JSON object, found {root.ValueKind}");
            var info = new ConnectionInfo(
                RequiredString(root, "transport", origin),
                RequiredString(root, "ip", origin),
                RequiredPort(root, "shell_port", origin),
                RequiredPort(root, "iopub_port", origin),
                RequiredPort(root, "stdin_port", origin),
                RequiredPort(root, "control_port", origin),
                RequiredPort(root, "hb_port", origin),
                RequiredString(root, "key", origin),
                RequiredString(root, "signature_scheme", origin));
            if (info.Transport != "tcp")
                throw new InvalidDataException($"{origin}: \"transport\" is \"{info.Transport}\"; this kernel supports only \"tcp\"");
            if (!IPAddress.TryParse(info.Ip, out var address))
                throw new InvalidDataException($"{origin}: \"ip\" is \"{info.Ip}\"; expected an IP address such as 127.0.0.1");
            if (!IPAddress.IsLoopback(address))
                throw new InvalidDataException($"{origin}: \"ip\" is {info.Ip}; this kernel binds only to a loopback address (127.0.0.1 or ::1)");
            if (info.Key.Length > 0 && info.SignatureScheme != MessageSigner.Scheme)
                throw new InvalidDataException($"{origin}: \"signature_scheme\" is \"{info.SignatureScheme}\"; this kernel supports only \"{MessageSigner.Scheme}\"");
            return info;
        }
    }

    private static string RequiredString(JsonElement root, string name, string origin) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{origin}: expected a string property \"{name}\"");

    private static int RequiredPort(JsonElement root, string name, string origin) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidDataException($"{origin}: expected \"{name}\" to be a port number between 1 and 65535");
}
