using System.Text;
using Matcher.Core.Eligibility;
using Xunit;

namespace Matcher.Tests.Eligibility;

public class EligibilityRuleBookTests
{
    private static EligibilityRuleBook Load(string json) => EligibilityRuleBook.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void Shipped_rule_book_loads_and_every_rule_names_its_legal_basis()
    {
        var book = EligibilityRuleBook.Default;
        Assert.True(book.Rules.Length >= 20);
        Assert.All(book.Rules, r => Assert.Contains("§", r.LegalBasis));
    }

    [Fact]
    public void Unknown_field_is_rejected_with_its_name()
    {
        var e = Assert.Throws<InvalidDataException>(() => Load("""{"rules":[{"id":"a","titles":["Duldung"],"grant":"Permitted","legalBasis":"§1","reason":"r","waitMonth":3}]}"""));
        Assert.Contains("waitMonth", e.Message);
    }

    [Fact]
    public void Unknown_residence_title_is_rejected()
    {
        var e = Assert.Throws<InvalidDataException>(() => Load("""{"rules":[{"id":"a","titles":["Touristenvisum"],"grant":"Permitted","legalBasis":"§1","reason":"r"}]}"""));
        Assert.Contains("test.json", e.Message);
    }

    [Fact]
    public void Duplicate_rule_id_is_rejected()
    {
        var rule = """{"id":"a","titles":["Duldung"],"grant":"Permitted","legalBasis":"§1","reason":"r"}""";
        var e = Assert.Throws<InvalidDataException>(() => Load($$"""{"rules":[{{rule}},{{rule}}]}"""));
        Assert.Contains("'a' appears twice", e.Message);
    }

    [Fact]
    public void Rule_ending_before_it_starts_is_rejected()
    {
        var e = Assert.Throws<InvalidDataException>(() => Load("""{"rules":[{"id":"a","titles":["Duldung"],"grant":"Permitted","legalBasis":"§1","reason":"r","validFrom":"2026-01-01","validTo":"2025-01-01"}]}"""));
        Assert.Contains("validTo", e.Message);
    }

    [Fact]
    public void A_change_of_law_is_a_data_change_effective_from_its_date()
    {
        var book = Load("""
        {"rules":[
          {"id":"alt","titles":["Duldung"],"validTo":"2026-12-31","grant":"NotPermitted","legalBasis":"§ alt","reason":"alt"},
          {"id":"neu","titles":["Duldung"],"validFrom":"2027-01-01","grant":"Permitted","legalBasis":"§ neu","reason":"neu"}
        ]}
        """);
        var checker = new EligibilityChecker(book, EligibilitySettings.Default);
        var status = Make.Residence(Matcher.Core.Residence.ResidenceTitle.Duldung, new DateOnly(2020, 1, 1));
        Assert.Equal("alt", checker.Check(status, Make.Vacancy(), new DateOnly(2026, 12, 31)).RuleId);
        Assert.Equal("neu", checker.Check(status, Make.Vacancy(), new DateOnly(2027, 1, 1)).RuleId);
    }
}
