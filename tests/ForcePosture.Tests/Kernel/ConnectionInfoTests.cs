using ForcePosture.Kernel.Protocol;

namespace ForcePosture.Tests.Kernel;

public class ConnectionInfoTests
{
    private const string Valid = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "forceposture-csharp"}
        """;

    [Fact]
    public void Reads_the_fields_jupyter_writes()
    {
        var info = ConnectionInfo.Parse(Valid, "test.json");
        Assert.Equal(new ConnectionInfo("tcp", "127.0.0.1", 5001, 5002, 5003, 5004, 5005, "abc", "hmac-sha256"), info);
        Assert.Equal("tcp://127.0.0.1:5004", info.Endpoint(info.ControlPort));
    }

    [Theory]
    [InlineData("\"ip\": \"127.0.0.1\"", "\"ip\": \"0.0.0.0\"", "loopback")]
    [InlineData("\"ip\": \"127.0.0.1\"", "\"ip\": \"192.168.1.5\"", "loopback")]
    [InlineData("\"transport\": \"tcp\"", "\"transport\": \"ipc\"", "only \"tcp\"")]
    [InlineData("\"signature_scheme\": \"hmac-sha256\"", "\"signature_scheme\": \"hmac-md5\"", "only \"hmac-sha256\"")]
    [InlineData("\"hb_port\": 5005,", "", "\"hb_port\"")]
    [InlineData("\"shell_port\": 5001", "\"shell_port\": 70000", "\"shell_port\"")]
    public void Rejects_what_the_kernel_must_not_bind_or_cannot_verify(string from, string to, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Parse(Valid.Replace(from, to), "conn.json"));
        Assert.StartsWith("conn.json: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Names_the_line_of_malformed_json()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Parse("{\n\"ip\": \"127.0.0.1\",\n oops}", "conn.json"));
        Assert.StartsWith("conn.json: line 3", error.Message);
    }
}
