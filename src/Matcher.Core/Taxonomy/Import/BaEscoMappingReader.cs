namespace Matcher.Core.Taxonomy.Import;

/// <summary>One row of a BA mapping table between ESCO and a BA classification.</summary>
/// <param name="EscoUri">An ESCO occupation, skill or (fallback) ISCO group URI.</param>
/// <param name="EscoLabel">Its German preferred label in the ESCO version the table was made for.</param>
/// <param name="TargetId">"B 29302-100" (a Berufsbenennung: 5-digit KldB and suffix), "BE 2654" (ISCO fallback) or "K 030401-022" (a BA competence).</param>
/// <param name="Relation">exact, close, broad or narrow (from skos:exactMatch …).</param>
public sealed record BaEscoMapping(string EscoUri, string EscoLabel, string TargetId, string TargetLabel, string Relation)
{
    /// <summary>The 5-digit KldB occupation of a Berufsbenennung target ("B 29302-100" → 29302); null for other targets.</summary>
    public OccupationCode? Occupation =>
        TargetId.StartsWith("B ", StringComparison.Ordinal) && TargetId.Length >= 7 && OccupationCode.TryParse(TargetId[2..7], out var code) ? code : null;
}

/// <summary>
/// Reads the BA's ESCO mapping tables ("ESCO - Klassifikation der Berufe 2010", "ESCO - Kompetenzsystematik"):
/// ','-separated, a block of metadata lines, then the header "Classification 1 URI,Classification 1 PrefLabel,…".
/// </summary>
public static class BaEscoMappingReader
{
    private static readonly string[] Columns = ["Classification 1 URI", "Classification 1 PrefLabel", "Classification 2 ID", "Classification 2 PrefLabel", "Mapping relation"];

    /// <param name="skipped">When given, malformed records are listed here and left out instead of stopping the read
    /// (the BA's skills table of 2022-05-18 has two records merged by a stray quote).</param>
    public static IReadOnlyList<BaEscoMapping> Read(string path, List<string>? skipped = null)
    {
        var file = Path.GetFileName(path);
        var rows = new List<BaEscoMapping>();
        foreach (var (line, f) in ImportCsv.Rows(path, ',', "Classification 1 URI", Columns, skipped))
        {
            // BA entries without any ESCO counterpart are listed with an empty URI and relation ("no relation"): not a mapping.
            if (f["Classification 1 URI"].Length == 0 && f["Mapping relation"].Length == 0) continue;
            if (f["Classification 1 URI"].Length == 0 || f["Classification 2 ID"].Length == 0)
                throw new TaxonomyLoadException($"{file}:{line}:{(f["Classification 1 URI"].Length == 0 ? 1 : 3)}: a mapping row needs both ids.");
            var relation = f["Mapping relation"] switch
            {
                "skos:exactMatch" => "exact",
                "skos:closeMatch" => "close",
                "skos:broadMatch" => "broad",
                "skos:narrowMatch" => "narrow",
                var other => throw new TaxonomyLoadException($"{file}:{line}:5: unknown mapping relation '{other}'."),
            };
            rows.Add(new BaEscoMapping(f["Classification 1 URI"], f["Classification 1 PrefLabel"], f["Classification 2 ID"], f["Classification 2 PrefLabel"], relation));
        }
        if (rows.Count == 0) throw new TaxonomyLoadException($"{file}: no mapping rows.");
        return rows;
    }
}
