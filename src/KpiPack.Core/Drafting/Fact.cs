using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Drafting;

/// <summary>
/// One thing a draft may say about an indicator's month, with the figures it rests on and nothing else: the words
/// are <see cref="DraftTemplates"/>'s, so every sentence comes from one place and every number from the data.
/// </summary>
public abstract record Fact;

public enum ChangePeriod { Month, Year }

/// <summary>The report month's value against the month before (or the same month a year before), both numbers.</summary>
/// <param name="Percent">The appendix's % change; null when it is n/a (a base of 0).</param>
/// <param name="Judgement">The appendix's judgement of the movement: positive or negative only for a movement of 10% or more with a polarity.</param>
public sealed record Change(ChangePeriod Period, Month Base, Observation From, Observation To, int? Percent, Judgement Judgement) : Fact;

/// <summary>The report month's value when there is no figure for the month before to compare it with.</summary>
/// <param name="FirstFigure">No earlier month of the workbook holds a figure at all.</param>
public sealed record Standing(Month Month, Observation Value, Month Previous, Observation PreviousValue, bool FirstFigure) : Fact;

/// <summary>No figure for the report month: a marker (tbc, -) or a blank.</summary>
public sealed record NoFigure(Month Month, Observation Value) : Fact;

/// <summary>
/// The highest (or lowest) figure since <paramref name="Since"/>: every figure after it is lower (higher). When
/// <paramref name="Level"/>, Since's figure equals this month's; when <paramref name="SinceFiguresBegan"/>, Since is the
/// first month with a figure and none before this month was as high (low).
/// </summary>
public sealed record Extreme(bool Highest, Month Since, bool Level, bool SinceFiguresBegan) : Fact;

/// <summary>A rise (fall) in each calendar month since <paramref name="Since"/>, <paramref name="Steps"/> of them.</summary>
public sealed record Run(bool Rising, Month Since, int Steps) : Fact;

/// <summary>Where this month's figure stands against the 12-month average, as both are printed.</summary>
/// <param name="Position">1 above, 0 level with, -1 below.</param>
public sealed record AgainstAverage(int Position, decimal Average, int MonthsUsed) : Fact;

/// <summary>The month's RAG against the financial year's target.</summary>
/// <param name="OnTarget">The figure equals the target exactly.</param>
public sealed record AgainstTarget(Figure Target, Rag Rag, bool OnTarget) : Fact;

/// <summary>
/// The SPC chart's assurance: a target outside the process limits is consistently met (pass) or missed (fail) while
/// the process runs as it does. Said only beside the target itself.
/// </summary>
public sealed record TargetAssurance(SpcAssurance Assurance) : Fact;

/// <summary>
/// The SPC chart's special cause at the report month: the variation (improvement, concern, neutral), the rule that
/// flags it, the month its run began and how many figures it holds, and the limit or mean it is measured against.
/// </summary>
public sealed record SpcSignal(SpcVariation Variation, SpcRule Rule, bool High, Month Since, int Points, decimal Reference) : Fact;
