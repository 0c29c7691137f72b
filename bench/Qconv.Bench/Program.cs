using BenchmarkDotNet.Running;

namespace Qconv.Bench;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["profile", ..])
        {
            ToNativeProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
