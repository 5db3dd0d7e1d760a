namespace FactStore.Storage;

/// <summary>The last row of each table the search indexes hold: a run's new rows come after it.</summary>
internal readonly record struct SearchMark(long Facts, long Stances, long Sources);
