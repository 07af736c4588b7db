namespace KpiPack.Core.Deriving;

/// <summary>Red / amber / green status of the month's value against the financial year's target.</summary>
public enum Rag { None, Green, Amber, Red }
