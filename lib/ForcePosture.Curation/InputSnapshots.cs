using System.Security.Cryptography;
using ForcePosture.DataPackage;

namespace ForcePosture.Curation;

/// <summary>
/// Checks, before a curation runs, that every file it reads is the snapshot data/datapackage.json records for its table, as Our
/// World in Data's etl pins each snapshot: the table's resource must list, in its <c>sources</c>, one snapshot per input
/// (<see cref="ICuration.Inputs"/>), and each file's SHA-256 must equal the recorded one. A new vintage of an input is therefore
/// taken on purpose (its record updated, with the version and date taken), never picked up by accident.
/// </summary>
public static class InputSnapshots
{
    /// <summary>Throws <see cref="InvalidDataException"/>, naming the file and both digests, when an input differs from its record;
    /// naming the table and the file when an input has no record, or a record names a file the curation does not read.</summary>
    public static void Verify(ICuration curation, CurationContext context)
    {
        var descriptor = Path.Combine(context.Repository, "data", DataPackageReader.DescriptorFileName);
        var read = DataPackageReader.Read(descriptor);
        if (read.Package is not { } package)
            throw new InvalidDataException($"{descriptor}: cannot check the inputs' snapshots: {string.Join("; ", read.Diagnostics.Select(d => d.ToString()))}");
        var resource = package.FindResource(curation.Table)
            ?? throw new InvalidDataException($"{descriptor}: no resource '{curation.Table}' to hold its inputs' snapshots");
        var recorded = resource.Sources.Where(s => s.Snapshot is not null).ToList();
        foreach (var input in curation.Inputs)
        {
            var record = recorded.SingleOrDefault(s => s.Snapshot!.Location == input.Location && s.Snapshot.File == input.File)
                ?? throw new InvalidDataException(
                    $"{descriptor}: resource '{curation.Table}' has no snapshot record for the {input} it reads; add one to its sources " +
                    "(title, path, sourceId, producer, version, taken, licence, snapshot {in, file, sha256})");
            var path = context.PathOf(input);
            if (!File.Exists(path)) throw new FileNotFoundException($"{path}: input of '{curation.Table}' not found (recorded as {input})", path);
            var actual = Sha256(path);
            if (actual != record.Snapshot!.Sha256)
                throw new InvalidDataException(
                    $"{path}: SHA-256 {actual} differs from the {record.Snapshot.Sha256} that {descriptor} records for this snapshot of " +
                    $"\"{record.Title}\" ({record.Version ?? "no version"}, taken {record.Taken ?? "on an unknown date"}). If this is a new vintage, " +
                    "take it on purpose: check what the curation derives from it, then update the record's sha256, version and taken date.");
        }
        var unused = recorded.Where(s => curation.Inputs.All(i => i.Location != s.Snapshot!.Location || i.File != s.Snapshot.File)).ToList();
        if (unused.Count > 0)
            throw new InvalidDataException($"{descriptor}: resource '{curation.Table}' records snapshots the curation does not read: " +
                string.Join(", ", unused.Select(s => s.Snapshot!.File)) + "; remove them or declare them in the curation's Inputs");
    }

    /// <summary>The file's SHA-256 as 64 lower-case hexadecimal digits.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
