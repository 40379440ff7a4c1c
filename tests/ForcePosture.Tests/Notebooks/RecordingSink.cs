using ForcePosture.Notebooks;

namespace ForcePosture.Tests.Notebooks;

/// <summary>Collects what a cell streams and displays, in order.</summary>
internal sealed class RecordingSink : IOutputSink
{
    private readonly object gate = new();
    public List<(string Name, string Text)> Streams { get; } = [];
    public List<MimeBundle> Displays { get; } = [];

    public void Stream(string name, string text)
    {
        lock (gate) Streams.Add((name, text));
    }

    public void Display(MimeBundle bundle)
    {
        lock (gate) Displays.Add(bundle);
    }

    public string Text(string name) => string.Concat(Streams.Where(s => s.Name == name).Select(s => s.Text));
}
