using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.Architecture;

/// <summary>
/// The conventions of STYLE.md and ARCHITECTURE.md, checked over every type the package ships so a
/// new type cannot drift from them unnoticed.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Package = typeof(AggregateRoot<>).Assembly;

    private static readonly Type[] PublicTypes = Package.GetExportedTypes();

    // Folders in dependency order (ARCHITECTURE.md): a folder may refer to its own level and those
    // before it. The aggregates share a level: a ticket names its customer, a customer prefers a
    // ticket channel. Escalations come after Sla because escalation policies map SLA warnings and
    // reuse its targets (issue 6); KPIs count escalations.
    private static readonly string[][] Layers =
    [
        ["SharedKernel"], ["Calendars"], ["Tickets", "Customers", "Surveys"], ["Sla"], ["Escalations"], ["Kpis"], ["Ports"], ["Services"], ["DependencyInjection"],
    ];

    [Fact]
    public void DomainEvents_AreSealedRecords_NamedAsPastTenseFacts()
    {
        var events = PublicTypes.Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).ToList();

        foreach (var type in events)
        {
            type.IsSealed.Should().BeTrue($"{type.Name} is a domain event");
            IsRecord(type).Should().BeTrue($"{type.Name} is a domain event and events are records");
            type.Name.Should().NotEndWith("Event", "events are named as facts (TicketSolved), without a suffix");
        }
    }

    [Fact]
    public void DomainEvents_AreImmutable()
    {
        var events = PublicTypes.Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && !t.IsInterface);

        foreach (var type in events)
        {
            var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && !IsInitOnly(p.SetMethod))
                .Select(p => p.Name);
            setters.Should().BeEmpty($"{type.Name} is an event and events never change");
        }
    }

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName);

        open.Should().BeEmpty("public classes are sealed unless designed for inheritance");
    }

    [Fact]
    public void StronglyTypedIds_AreReadOnlyStructs()
    {
        var ids = PublicTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStronglyTypedId<>)));

        foreach (var id in ids)
        {
            id.IsValueType.Should().BeTrue($"{id.Name} is an identifier");
            id.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute").Should().BeTrue($"{id.Name} is a readonly struct");
            id.Name.Should().EndWith("Id");
        }
    }

    [Fact]
    public void Namespaces_FollowTheFolderLayers()
    {
        foreach (var type in PublicTypes.Where(t => t.Namespace?.StartsWith("CustomerService.Core.", StringComparison.Ordinal) == true))
        {
            LevelOf(LayerOf(type)!).Should().BeGreaterThanOrEqualTo(0, $"{type.FullName} must live in one of the architecture's folders");
        }
    }

    [Fact]
    public void PublicSignatures_ReferOnlyToEarlierLayers()
    {
        var violations = new List<string>();
        foreach (var type in PublicTypes)
        {
            var from = LayerOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var referenced in SignatureTypes(type).Select(LayerOf).Where(l => l is not null).Distinct())
            {
                if (LevelOf(referenced!) > LevelOf(from))
                {
                    violations.Add($"{type.FullName} ({from}) refers to {referenced}");
                }
            }
        }

        violations.Should().BeEmpty("dependencies point one way: SharedKernel <- Calendars <- aggregates <- Sla <- Escalations <- Kpis <- Ports <- Services");
    }

    private static int LevelOf(string folder) => Array.FindIndex(Layers, level => level.Contains(folder));

    private static string? LayerOf(Type type)
    {
        var ns = type.Namespace;
        const string Root = "CustomerService.Core.";
        if (ns is null || !ns.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Root.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is not null)
        {
            direct.Add(type.BaseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(Members).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(Members).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors(Members)))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }

        return direct.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType
            ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
