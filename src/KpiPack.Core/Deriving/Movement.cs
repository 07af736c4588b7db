namespace KpiPack.Core.Deriving;

/// <summary>The direction-of-travel arrow: ↑ / → / ↓.</summary>
public enum Direction { Similar, Up, Down }

/// <summary>The colour judgement of a movement given the indicator's polarity ("Qualitative measures").</summary>
public enum Judgement { None, Positive, Similar, Negative }

/// <summary>A % change between two months, with its arrow and judgement.</summary>
public sealed record Movement(int Percent, Direction Direction, Judgement Judgement);
