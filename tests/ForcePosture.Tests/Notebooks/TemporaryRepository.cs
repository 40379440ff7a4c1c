using System.Text.Json;

namespace ForcePosture.Tests.Notebooks;

/// <summary>A throw-away repository layout (ForcePosture.slnx, data/, notebooks/, figures/) under the temp folder.</summary>
internal sealed class TemporaryRepository : IDisposable
{
    public TemporaryRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "fp-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "notebooks"));
        Directory.CreateDirectory(Path.Combine(Root, "data"));
        File.WriteAllText(Path.Combine(Root, "ForcePosture.slnx"), "<Solution />\n");
        File.WriteAllText(Path.Combine(Root, "data", "toy.csv"), "year,value\n2020,1\n");
        Directory.CreateDirectory(Path.Combine(Root, "notebooks", "translations"));
        File.WriteAllText(Path.Combine(Root, "notebooks", "translations", "ko.csv"), ToyTranslations);
    }

    /// <summary>Adds a row to the repository's Korean translation table.</summary>
    public void AddTranslation(string english, string korean)
    {
        static string Field(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";
        File.AppendAllText(Path.Combine(Root, "notebooks", "translations", "ko.csv"), $"{Field(english)},{Field(korean)}\n");
    }

    /// <summary>The Korean of every string the tests' toy figures show (every figure is also drawn in Korean).</summary>
    public const string ToyTranslations = """
        english,korean
        A toy title,장난감 제목
        Toy units,장난감 단위
        None (test data).,없음(시험 자료).
        None (test).,없음(시험).
        toy,장난감
        t,제
        u,단
        s,출
        Toy dollars at constant toy prices,장난감 불변가격 장난감 달러
        "Toy spending of Ruritania, {0}-{1}","루리타니아의 장난감 지출, {0}-{1}"
        {0} is a toy estimate; the series breaks in {1} & after.,{0}은 장난감 추정치이며 계열은 {1}에 끊기고 그 뒤에 이어진다.
        A figure within the rules,규칙을 지킨 그림
        clear of the line,선과 떨어진 주석
        hatched,빗금
        solid,단색
        toy places,장난감 장소
        A planted defect,심어 둔 결함
        far to the right,오른쪽 멀리
        first note,첫째 주석
        second note,둘째 주석
        on the line,선 위
        a rather long series name number {0},꽤 긴 계열 이름 {0}번
        """ + "\n";

    public string Root { get; }

    public static string LibraryVersion => typeof(ForcePosture.Figures.Figure).Assembly.GetName().Version!.ToString(3);

    /// <summary>Writes a notebook whose code cells are the given sources (the first may be tagged "parameters").</summary>
    public string Notebook(string name, IReadOnlyList<string> codeCells, bool firstIsParameters = false)
    {
        var cells = codeCells.Select((source, i) => new Dictionary<string, object?>
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = $"c{i}",
            ["metadata"] = i == 0 && firstIsParameters ? new Dictionary<string, object> { ["tags"] = new[] { "parameters" } } : new Dictionary<string, object>(),
            ["outputs"] = Array.Empty<object>(),
            ["source"] = source,
        }).Prepend(new Dictionary<string, object?>
        {
            ["cell_type"] = "markdown",
            ["id"] = "title",
            ["metadata"] = new Dictionary<string, object> { ["custom"] = "kept" },
            ["source"] = "# Test notebook",
        }).ToList();
        var notebook = new Dictionary<string, object>
        {
            ["cells"] = cells,
            ["metadata"] = new Dictionary<string, object> { ["authors"] = new[] { "someone" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(Root, "notebooks", name);
        File.WriteAllText(path, JsonSerializer.Serialize(notebook));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
