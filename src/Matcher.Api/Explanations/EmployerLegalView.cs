using System.Globalization;
using Matcher.Core.Eligibility;

namespace Matcher.Api.Explanations;

/// <summary>
/// What an employer (and the chamber advising them) needs of the legal answer to act lawfully (§4a Abs. 5 AufenthG,
/// §404 SGB III): from when the person may start, and whether a permit of the Ausländerbehörde and the consent of the BA
/// are needed. Never the residence title, its paragraph or the reason, which would reveal it. The structured fields and
/// <see cref="Text"/> come from the same four values, so they cannot disagree.
/// </summary>
public sealed record EmployerLegalView(EligibilityVerdict Verdict, DateOnly? PermittedFrom, bool PermitRequired, bool BaConsentRequired)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static EmployerLegalView Of(EligibilityOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Verdict, outcome.PermittedFrom, outcome.PermitRequired, outcome.BaConsentRequired);
    }

    /// <summary>One German sentence, e.g. "Darf ab 03.05.2027 anfangen; braucht dann eine Erlaubnis der Ausländerbehörde und die Zustimmung der BA."</summary>
    public string Text
    {
        get
        {
            if (Verdict is EligibilityVerdict.NotPermitted or EligibilityVerdict.RulesUnknown) return "Darf diese Stelle derzeit nicht antreten.";
            var needs = (PermitRequired, BaConsentRequired) switch
            {
                (true, true) => "eine Erlaubnis der Ausländerbehörde und die Zustimmung der BA",
                (true, false) => "eine Erlaubnis der Ausländerbehörde",
                (false, true) => "die Zustimmung der BA",
                _ => null,
            };
            if (PermittedFrom is { } from)
                return needs is null
                    ? string.Create(German, $"Darf ab {from:dd.MM.yyyy} anfangen.")
                    : string.Create(German, $"Darf ab {from:dd.MM.yyyy} anfangen; braucht dann {needs}.");
            return needs is null ? "Darf anfangen, ohne weitere Erlaubnis." : $"Braucht für diese Stelle {needs}.";
        }
    }
}
