using System.Collections.Frozen;
using System.Collections.Immutable;
using ForcePosture.Tables;
using QuikGraph;

namespace ForcePosture.Networks;

/// <summary>A tie between two countries: the agreements both are party to.</summary>
/// <param name="AgreementIds">The agreements, in input order.</param>
public sealed record SecurityTie(IReadOnlyList<string> AgreementIds)
{
    /// <summary>The agreements, copied into an immutable list.</summary>
    public IReadOnlyList<string> AgreementIds { get; } = ImmutableArray.CreateRange(AgreementIds);

    /// <summary>The tie's weight: the number of agreements.</summary>
    public int Weight => AgreementIds.Count;
}

/// <summary>A tie of the network: its two countries (<paramref name="A"/> before <paramref name="B"/> in string order) and the
/// agreements they share.</summary>
public sealed record CountryTie(string A, string B, SecurityTie Tie)
{
    /// <summary>True when <paramref name="iso3"/> is one of the tie's two countries.</summary>
    public bool Involves(string iso3) => A == iso3 || B == iso3;
}

/// <summary>
/// The network of security ties among countries: an undirected QuikGraph graph with a vertex per country party to at least one
/// of the agreements, an edge between every pair of parties of each agreement, and as edge tag the agreements the pair shares
/// (weight = their number). Built for a year from the agreements active in it (<see cref="AgreementActivity"/>).
/// </summary>
public sealed class SecurityTieNetwork
{
    private readonly FrozenDictionary<string, int> degrees;

    private SecurityTieNetwork(UndirectedGraph<string, TaggedUndirectedEdge<string, SecurityTie>> graph)
    {
        Graph = graph;
        degrees = graph.Vertices.ToFrozenDictionary(v => v, v => graph.AdjacentDegree(v));
        Countries = ImmutableArray.CreateRange(graph.Vertices.Order(StringComparer.Ordinal));
        Ties = ImmutableArray.CreateRange(graph.Edges.Select(e => new CountryTie(e.Source, e.Target, e.Tag))
            .OrderBy(t => t.A, StringComparer.Ordinal).ThenBy(t => t.B, StringComparer.Ordinal));
    }

    /// <summary>The QuikGraph graph the measures are computed on; internal, because its vertices, edges and tags can be changed
    /// and the degrees are computed once. Edges are stored once, with <c>Source</c> before <c>Target</c> in string order.</summary>
    internal UndirectedGraph<string, TaggedUndirectedEdge<string, SecurityTie>> Graph { get; }

    /// <summary>The countries (ISO3 codes), in string order.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>The ties, ordered by their two countries.</summary>
    public IReadOnlyList<CountryTie> Ties { get; }

    /// <summary>Number of ties (edges).</summary>
    public int TieCount => Graph.EdgeCount;

    /// <summary>
    /// The network of the agreements active in <paramref name="year"/> (optionally only those <paramref name="include"/> accepts,
    /// e.g. quasi-force posture initiatives), with parties from <paramref name="parties"/>. Every role counts as a party.
    /// </summary>
    public static SecurityTieNetwork ForYear(
        IEnumerable<Agreement> agreements, IEnumerable<AgreementParty> parties, int year, Func<Agreement, bool>? include = null)
    {
        var active = AgreementActivity.ActiveIn(agreements, year).Where(a => include?.Invoke(a) ?? true).Select(a => a.Id).ToList();
        var partiesOf = parties.GroupBy(p => p.AgreementId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(p => p.Iso3).ToList());
        return FromMemberships(active.Select(id => (id, partiesOf.GetValueOrDefault(id) ?? [])));
    }

    /// <summary>The network of the given agreements and their parties (duplicate parties within an agreement count once).</summary>
    public static SecurityTieNetwork FromMemberships(IEnumerable<(string AgreementId, IReadOnlyCollection<string> Parties)> memberships)
    {
        var ties = new Dictionary<(string, string), List<string>>();
        var graph = new UndirectedGraph<string, TaggedUndirectedEdge<string, SecurityTie>>(allowParallelEdges: false);
        foreach (var (agreementId, members) in memberships)
        {
            var distinct = members.Distinct().Order(Comparer<string>.Default).ToList();
            graph.AddVertexRange(distinct.Where(v => !graph.ContainsVertex(v)));
            for (var i = 0; i < distinct.Count; i++)
            {
                for (var j = i + 1; j < distinct.Count; j++)
                {
                    var key = (distinct[i], distinct[j]);
                    if (!ties.TryGetValue(key, out var ids))
                    {
                        ties[key] = ids = [];
                    }

                    ids.Add(agreementId);
                }
            }
        }

        foreach (var ((a, b), ids) in ties)
        {
            graph.AddEdge(new TaggedUndirectedEdge<string, SecurityTie>(a, b, new SecurityTie(ids)));
        }

        return new SecurityTieNetwork(graph);
    }

    /// <summary>Number of countries a country has ties with (0 for a country not in the network).</summary>
    public int Degree(string iso3) => degrees.GetValueOrDefault(iso3);

    /// <summary>Degree of every country.</summary>
    public IReadOnlyDictionary<string, int> Degrees => degrees;

    /// <summary>Weighted degree: the sum of the weights of a country's ties.</summary>
    public int Strength(string iso3) => Graph.ContainsVertex(iso3) ? Graph.AdjacentEdges(iso3).Sum(e => e.Tag.Weight) : 0;

    /// <summary>The countries a country has ties with, in string order.</summary>
    public IReadOnlyList<string> Neighbours(string iso3) =>
        Graph.ContainsVertex(iso3) ? Graph.AdjacentVertices(iso3).Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>The weight of the tie between two countries (0 when none).</summary>
    public int Weight(string a, string b)
    {
        if (!Graph.ContainsVertex(a) || !Graph.ContainsVertex(b))
        {
            return 0;
        }

        var (source, target) = Comparer<string>.Default.Compare(a, b) <= 0 ? (a, b) : (b, a);
        return Graph.TryGetEdge(source, target, out var edge) ? edge.Tag.Weight : 0;
    }

    /// <summary>Ties present over ties possible, <c>2E / (N(N-1))</c>; 0 for fewer than two countries.</summary>
    public double Density
    {
        get
        {
            var n = Graph.VertexCount;
            return n < 2 ? 0 : 2.0 * Graph.EdgeCount / (n * (double)(n - 1));
        }
    }

    /// <summary>Degree centrality: degree / (N - 1), within [0, 1]; 0 for a network of one country.</summary>
    public IReadOnlyDictionary<string, double> DegreeCentrality()
    {
        var n = Graph.VertexCount;
        return degrees.ToDictionary(kv => kv.Key, kv => n < 2 ? 0 : kv.Value / (double)(n - 1));
    }

    /// <summary>
    /// Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality", Journal of
    /// Mathematical Sociology 25(2), 2001) on the unweighted graph: the share of shortest paths (in number of ties, weights
    /// ignored) between other pairs of countries that pass through a country. QuikGraph offers no betweenness, so it is computed
    /// here from QuikGraph's adjacency. Normalised by (N-1)(N-2)/2, the number of pairs not including the country, so it lies
    /// within [0, 1] (the centre of a star is 1); 0 for N &lt; 3.
    /// </summary>
    public IReadOnlyDictionary<string, double> BetweennessCentrality()
    {
        var vertices = Graph.Vertices.ToList();
        var betweenness = vertices.ToDictionary(v => v, _ => 0.0);
        foreach (var s in vertices)
        {
            var stack = new Stack<string>();
            var predecessors = vertices.ToDictionary(v => v, _ => new List<string>());
            var sigma = vertices.ToDictionary(v => v, _ => 0.0);
            var distance = vertices.ToDictionary(v => v, _ => -1);
            sigma[s] = 1;
            distance[s] = 0;
            var queue = new Queue<string>();
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in Graph.AdjacentVertices(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                        predecessors[w].Add(v);
                    }
                }
            }

            var delta = vertices.ToDictionary(v => v, _ => 0.0);
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in predecessors[w])
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }

                if (w != s)
                {
                    betweenness[w] += delta[w];
                }
            }
        }

        // Each unordered pair was counted from both ends; normalise by the number of pairs excluding the vertex.
        var n = vertices.Count;
        var pairs = (n - 1) * (n - 2) / 2.0;
        return betweenness.ToDictionary(kv => kv.Key, kv => n < 3 ? 0 : kv.Value / 2 / pairs);
    }

    /// <summary>Share of ties (unweighted) that involve the country, within [0, 1]; null when there are no ties.</summary>
    public double? ShareOfTiesInvolving(string iso3) =>
        Ties.Count == 0 ? null : Ties.Count(t => t.Involves(iso3)) / (double)Ties.Count;

    /// <summary>Share of tie weight (agreement-pairs) that involves the country, within [0, 1]; null when there are no ties.</summary>
    public double? WeightedShareOfTiesInvolving(string iso3)
    {
        var total = Ties.Sum(t => t.Tie.Weight);
        return total == 0 ? null : Ties.Where(t => t.Involves(iso3)).Sum(t => t.Tie.Weight) / (double)total;
    }
}
