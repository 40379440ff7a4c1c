// Maintainer tool: derives the curated CSV tables in data/ from the public reference datasets.
// Usage: dotnet run --project lib/ForcePosture.Curation -- --reference ../shared/reference-data --data data [table ...]
// Each curation is one class in this folder; its header comment states the rules it applies.
using ForcePosture.Curation;

var curations = CurationCatalog.All;

string? reference = null, data = null;
var only = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--reference" when i + 1 < args.Length: reference = args[++i]; break;
        case "--data" when i + 1 < args.Length: data = args[++i]; break;
        default: only.Add(args[i]); break;
    }
}
if (reference is null || data is null)
{
    Console.Error.WriteLine("usage: curation --reference DIR --data DIR [table ...]");
    return 2;
}
var unknown = only.Where(t => curations.All(c => c.Table != t)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown table(s): {string.Join(", ", unknown)}; known: {string.Join(", ", curations.Select(c => c.Table))}");
    return 2;
}
foreach (var curation in curations.Where(c => only.Count == 0 || only.Contains(c.Table)))
{
    Console.WriteLine($"curating {curation.Table}");
    try
    {
        var context = new CurationContext(Path.GetFullPath(reference), Path.GetFullPath(data));
        InputSnapshots.Verify(curation, context);
        curation.Run(context);
    }
    catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
    {
        // Bad reference input: the message names file, line and column; the table on disk is left as it was.
        Console.Error.WriteLine($"{curation.Table}: {e.Message}");
        return 1;
    }
}
return 0;
