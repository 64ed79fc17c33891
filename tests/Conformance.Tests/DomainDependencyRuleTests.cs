extern alias telecom;
extern alias it;
extern alias press;
extern alias inspection;
extern alias reporting;

using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// The dependency rule of every service: what is in <c>Domain/</c> (entities and their rules) uses no gRPC and no
/// EF Core type, so the API and the dataset import can both call it and it can be tested without either. Checked on
/// the compiled assemblies, method bodies included, not on the text of the files.
/// </summary>
public sealed partial class DomainDependencyRuleTests
{
    private static readonly Assembly[] Services =
    [
        typeof(telecom::GiaLaiIct.PostsTelecom.Domain.TelecomLicence).Assembly,
        typeof(it::GiaLaiIct.InformationTechnology.Domain.Agency).Assembly,
        typeof(press::GiaLaiIct.PressPublishing.Domain.PressPermit).Assembly,
        typeof(inspection::GiaLaiIct.Inspection.Domain.SanctionDecision).Assembly,
        typeof(reporting::GiaLaiIct.Reporting.Domain.AdministrativeUnit).Assembly,
    ];

    public static TheoryData<string> ServiceNames() => new(Services.Select(s => s.GetName().Name!));

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Domain_uses_no_grpc_or_ef_core_type(string service)
    {
        var assembly = Services.Single(s => s.GetName().Name == service);
        var domainTypes = DomainTypes(assembly).ToList();
        Assert.NotEmpty(domainTypes);

        var offences = domainTypes.SelectMany(Offences).Distinct().OrderBy(o => o, StringComparer.Ordinal).ToList();

        Assert.True(offences.Count == 0,
            $"{service}'s Domain namespace should use no gRPC or EF Core type, but:{Environment.NewLine}{string.Join(Environment.NewLine, offences)}");
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Every_file_in_domain_folder_is_in_the_domain_namespace(string service)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Services", service["GiaLaiIct.".Length..], "Domain");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var strays = files
            .Select(file => (File: Path.GetFileName(file), Namespace: NamespaceLine().Match(File.ReadAllText(file)).Groups[1].Value))
            .Where(f => f.Namespace != $"{service}.Domain")
            .Select(f => $"{f.File}: namespace '{f.Namespace}'")
            .ToList();

        // A file outside the namespace would escape the assembly check above.
        Assert.True(strays.Count == 0, $"every file of {service}/Domain should be in {service}.Domain, but:{Environment.NewLine}{string.Join(Environment.NewLine, strays)}");
    }

    [Fact]
    public void The_check_finds_a_grpc_type_in_a_method_body_and_an_ef_core_type_in_a_signature()
    {
        var offences = Offences(typeof(OffendingEntity)).ToList();

        Assert.Contains(offences, o => o.Contains("Grpc.Core.RpcException", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.Contains("Microsoft.EntityFrameworkCore.DbContext", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_passes_an_entity_of_plain_types()
    {
        Assert.Empty(Offences(typeof(PlainEntity)));
    }

    private static IEnumerable<Type> DomainTypes(Assembly assembly)
    {
        var domain = $"{assembly.GetName().Name}.Domain";
        return assembly.GetTypes().Where(t => t.Namespace is { } ns && (ns == domain || ns.StartsWith($"{domain}.", StringComparison.Ordinal)));
    }

    /// <summary>Each forbidden type <paramref name="type"/> refers to, as "type → what".</summary>
    private static IEnumerable<string> Offences(Type type) =>
        ReferencedTypes(type).Where(IsForbidden).Select(t => $"{type.FullName} → {t.FullName}");

    private static bool IsForbidden(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        var ns = type.Namespace ?? string.Empty;
        return assembly.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || assembly.StartsWith("Grpc.", StringComparison.Ordinal)
            || assembly.StartsWith("Google.Protobuf", StringComparison.Ordinal)
            || assembly.StartsWith("Google.Api", StringComparison.Ordinal)
            || ns.Split('.').Any(segment => segment is "Grpc" or "V1" or "EntityFrameworkCore");
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        var found = new List<Type?> { type.BaseType };
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        found.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            found.AddRange(SignatureTypes(method));
            found.AddRange(BodyTypes(method));
        }
        return found.OfType<Type>().SelectMany(Unwrap).Distinct();
    }

    private static IEnumerable<Type> SignatureTypes(MethodBase method)
    {
        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
        }
        if (method is MethodInfo info)
        {
            yield return info.ReturnType;
        }
        if (method.DeclaringType is { } declaring)
        {
            yield return declaring;
        }
    }

    /// <summary>The element and generic argument types inside <paramref name="type"/>, and itself.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? new[] { type.GetGenericTypeDefinition() }.Concat(type.GetGenericArguments().SelectMany(Unwrap))
            : [type];
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method's IL names: what it calls, constructs, casts to, reads and writes.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    switch (member)
                    {
                        case Type referenced:
                            yield return referenced;
                            break;
                        case FieldInfo field:
                            yield return field.FieldType;
                            yield return field.DeclaringType!;
                            break;
                        case MethodBase called:
                            foreach (var signature in SignatureTypes(called))
                            {
                                yield return signature;
                            }
                            break;
                    }
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GiaLaiIct.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException($"No GiaLaiIct.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    /// <summary>What the rule forbids, to show the check sees it.</summary>
    private sealed class OffendingEntity
    {
        public string Name { get; set; } = string.Empty;

        public void Rename(string name) =>
            Name = name.Length > 0 ? name : throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.InvalidArgument, "name"));

        public static bool Stored(Microsoft.EntityFrameworkCore.DbContext db) => db is not null;
    }

    private sealed class PlainEntity
    {
        public required string Name { get; init; }
        public DateOnly? ClosedOn { get; set; }

        public bool OpenOn(DateOnly date) => ClosedOn is not { } closed || closed > date && Name.Length > 0;
    }
}
