using System;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Tickets;

public sealed class CustomFieldValueTests
{
    [Fact]
    public void EachKind_RoundTripsItsValue()
    {
        CustomFieldValue.FromText("A-1").AsText().Should().Be("A-1");
        CustomFieldValue.FromText(string.Empty).AsText().Should().BeEmpty();
        CustomFieldValue.FromNumber(-12.5m).AsNumber().Should().Be(-12.5m);
        CustomFieldValue.FromBoolean(true).AsBoolean().Should().BeTrue();
        CustomFieldValue.FromDate(new LocalDate(2024, 2, 29)).AsDate().Should().Be(new LocalDate(2024, 2, 29));
        CustomFieldValue.FromDate(new LocalDate(2024, 2, 29)).Kind.Should().Be(CustomFieldKind.Date);
    }

    [Fact]
    public void ReadingAnotherKind_Throws()
    {
        var number = CustomFieldValue.FromNumber(1);

        ((Func<object>)(() => number.AsText())).Should().Throw<InvalidOperationException>().WithMessage("The custom field value is Number, not Text.");
        ((Func<object>)(() => number.AsBoolean())).Should().Throw<InvalidOperationException>();
        ((Func<object>)(() => number.AsDate())).Should().Throw<InvalidOperationException>();
        ((Func<object>)(() => CustomFieldValue.FromBoolean(false).AsNumber())).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Equality_NeedsTheSameKindAndValue()
    {
        CustomFieldValue.FromNumber(1.0m).Should().Be(CustomFieldValue.FromNumber(1.00m));
        CustomFieldValue.FromText("1").Should().NotBe(CustomFieldValue.FromNumber(1));
        CustomFieldValue.FromBoolean(false).Should().NotBe(CustomFieldValue.FromNumber(0));
        CustomFieldValue.FromText("a").Should().NotBe(CustomFieldValue.FromText("A"));
        CustomFieldValue.FromDate(new LocalDate(2025, 1, 1)).Should().Be(CustomFieldValue.FromDate(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void ToString_IsInvariant_AndRedactsText()
    {
        CustomFieldValue.FromNumber(1234.5m).ToString().Should().Be("1234.5");
        CustomFieldValue.FromBoolean(true).ToString().Should().Be("true");
        CustomFieldValue.FromDate(new LocalDate(2025, 3, 7)).ToString().Should().Be("2025-03-07");
        CustomFieldValue.FromText("jane.doe@example.com").ToString().Should().Be("[redacted, 20 chars]");
    }

    [Fact]
    public void FromText_Null_IsAProgrammerError()
    {
        ((Func<object>)(() => CustomFieldValue.FromText(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }
}
