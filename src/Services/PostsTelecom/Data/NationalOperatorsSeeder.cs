using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Data;

/// <summary>
/// The national postal and telecom enterprises every province deals with, so stations and points can name
/// them from the first day. Only missing codes are added: names edited by the department are kept.
/// </summary>
public sealed class NationalOperatorsSeeder : IDatabaseSeeder<PostsTelecomDbContext>
{
    private static readonly (string Code, string Name, OperatorField Field)[] NationalOperators =
    [
        ("VIETTEL", "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)", OperatorField.Telecom),
        ("VNPT", "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)", OperatorField.Telecom),
        ("MOBIFONE", "Tổng công ty Viễn thông MobiFone", OperatorField.Telecom),
        ("VIETNAMOBILE", "Công ty Cổ phần Viễn thông Di động Vietnamobile", OperatorField.Telecom),
        ("GTEL", "Tổng công ty Viễn thông Toàn Cầu (Gtel Mobile)", OperatorField.Telecom),
        ("FPT", "Công ty Cổ phần Viễn thông FPT", OperatorField.Telecom),
        ("VNPOST", "Tổng công ty Bưu điện Việt Nam (Vietnam Post)", OperatorField.Postal),
        ("VIETTELPOST", "Tổng công ty Cổ phần Bưu chính Viettel", OperatorField.Postal),
    ];

    public async Task SeedAsync(PostsTelecomDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.Operators.Select(o => o.Code).ToListAsync(cancellationToken);
        foreach (var (code, name, field) in NationalOperators.Where(o => !known.Contains(o.Code)))
        {
            var normalized = VietnameseText.Normalize(name)!;
            db.Operators.Add(new TelecomOperator { Code = code, Name = normalized, NameFolded = VietnameseText.Fold(normalized), Field = field });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
