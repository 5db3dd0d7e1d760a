using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace FactStore.Cli.Tests.Crash;

/// <summary>
/// A run of tests/FactStore.StressChild as a process of its own (<c>dotnet FactStore.StressChild.dll MODE ...</c>),
/// with its output collected line by line; <see cref="Kill"/> sends SIGKILL, as <c>kill -9</c> does.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly string Dll = typeof(ChildProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "StressChild").Value!;

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _openStreams = 2;

    private ChildProcess(Process process) => _process = process;

    /// <summary>Raised for each line the child writes to standard output.</summary>
    public event Action<string>? Line;

    public static ChildProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Received(e.Data, child._out, raise: true);
        child._process.ErrorDataReceived += (_, e) => child.Received(e.Data, child._error, raise: false);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs the child to its end (at most two minutes) and returns its exit code and output.</summary>
    public static async Task<ChildRun> RunAsync(params string[] args)
    {
        using var child = Start(args);
        return await child.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public bool HasExited => _process.HasExited;

    public async Task<ChildRun> WaitAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAll(_exited.Task, _process.WaitForExitAsync()).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Kill();
            throw new TimeoutException($"FactStore.StressChild {string.Join(' ', _process.StartInfo.ArgumentList.Skip(1))} did not finish in {timeout}.");
        }

        lock (_out)
        {
            lock (_error)
            {
                return new ChildRun(_process.ExitCode, _out.ToString(), _error.ToString());
            }
        }
    }

    /// <summary>SIGKILL: the child gets no chance to roll back, flush or close anything. Returns after it is gone.</summary>
    public async Task KillAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private void Received(string? data, StringBuilder into, bool raise)
    {
        if (data is null)
        {
            if (Interlocked.Decrement(ref _openStreams) == 0)
            {
                _exited.TrySetResult();
            }

            return;
        }

        lock (into)
        {
            into.Append(data).Append('\n');
        }

        if (raise)
        {
            Line?.Invoke(data);
        }
    }
}

internal sealed record ChildRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
