using System.Globalization;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// The extra arguments libvirt's test harness gave one case (testQemuInfoSetArgs in
/// tests/testutilsqemu.c), as the manifest spells them:
/// <c>ARG_FD_GROUP "name" COUNT FD...</c>, <c>ARG_QEMU_CAPS QEMU_CAPS_X ... QEMU_CAPS_LAST</c> (flags to
/// add), <c>ARG_QEMU_CAPS_DEL ... QEMU_CAPS_LAST</c> (flags to remove), <c>ARG_FLAGS FLAG_SLIRP_HELPER</c>
/// and <c>FLAG_FIPS_HOST</c> (several joined by <c>|</c>), and an optional closing <c>ARG_END</c>.
/// </summary>
public sealed record HarnessArgs(
    IReadOnlyDictionary<string, IReadOnlyList<int>> FdGroups,
    IReadOnlyList<QemuCap> AddedCaps,
    IReadOnlyList<QemuCap> RemovedCaps,
    bool SlirpHelper,
    bool FipsHost)
{
    public static HarnessArgs None { get; } = new(new Dictionary<string, IReadOnlyList<int>>(), [], [], false, false);

    /// <summary>The case's capabilities: the corpus caps with this case's additions and removals.</summary>
    public QemuCaps ApplyTo(QemuCaps caps) => caps.With([.. AddedCaps]).Without([.. RemovedCaps]);

    /// <summary>The harness host for this case; <paramref name="harnessDir"/> provides the firmware and vhost-user files.</summary>
    public LibvirtTestHost CreateHost(string? harnessDir) => new(new LibvirtTestHostOptions(
        FdGroups.Count > 0 ? FdGroups : null,
        SlirpHelper,
        FipsHost,
        harnessDir is null ? null : LibvirtTestHost.HarnessPathPrefixes(harnessDir)));

    /// <summary>Parses the manifest column; problems are reported at <paramref name="where"/> and yield null.</summary>
    public static HarnessArgs? Parse(string text, SourceSpan where, DiagnosticBag bag)
    {
        var tokens = Tokenize(text);
        if (tokens is null)
        {
            bag.Error(HarnessCodes.HarnessArgs, where, "unterminated quoted string in harness arguments");
            return null;
        }

        var parser = new Parser(tokens, where, bag);
        return parser.Run();
    }

    private static List<string>? Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return null;
                }

                tokens.Add(text[(i + 1)..close]);
                i = close + 1;
            }
            else if (text[i] == '|')
            {
                tokens.Add("|");
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '|'))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private sealed class Parser(List<string> tokens, SourceSpan where, DiagnosticBag bag)
    {
        private readonly Dictionary<string, IReadOnlyList<int>> _fdGroups = new(StringComparer.Ordinal);
        private readonly List<QemuCap> _add = [];
        private readonly List<QemuCap> _del = [];
        private bool _slirp;
        private bool _fips;
        private int _pos;
        private bool _failed;

        public HarnessArgs? Run()
        {
            while (_pos < tokens.Count && !_failed)
            {
                var arg = tokens[_pos++];
                switch (arg)
                {
                    case "ARG_FD_GROUP": FdGroup(); break;
                    case "ARG_QEMU_CAPS": Caps(_add); break;
                    case "ARG_QEMU_CAPS_DEL": Caps(_del); break;
                    case "ARG_FLAGS": Flags(); break;
                    case "ARG_END": return Result();
                    default: Fail($"unsupported harness argument '{arg}' (known: ARG_FD_GROUP, ARG_QEMU_CAPS, ARG_QEMU_CAPS_DEL, ARG_FLAGS, ARG_END)"); break;
                }
            }

            return Result();
        }

        private HarnessArgs? Result() => _failed ? null : new HarnessArgs(_fdGroups, _add, _del, _slirp, _fips);

        private void FdGroup()
        {
            if (_pos + 1 >= tokens.Count || !TryInt(tokens[_pos + 1], out var count) || count < 1)
            {
                Fail("ARG_FD_GROUP needs a name, a count and that many descriptors");
                return;
            }

            var name = tokens[_pos];
            _pos += 2;
            var fds = new List<int>();
            for (var i = 0; i < count; i++)
            {
                if (_pos >= tokens.Count || !TryInt(tokens[_pos], out var fd))
                {
                    Fail($"ARG_FD_GROUP \"{name}\" announces {count} descriptors but lists {fds.Count}");
                    return;
                }

                fds.Add(fd);
                _pos++;
            }

            _fdGroups[name] = fds;
        }

        private void Caps(List<QemuCap> into)
        {
            while (_pos < tokens.Count && tokens[_pos] != "QEMU_CAPS_LAST")
            {
                var id = tokens[_pos++];
                if (!QemuCap.TryFromLibvirtIdentifier(id, out var cap))
                {
                    Fail($"unknown capability '{id}'");
                    return;
                }

                into.Add(cap);
            }

            if (_pos >= tokens.Count)
            {
                Fail("capability list not closed with QEMU_CAPS_LAST");
                return;
            }

            _pos++;
        }

        private void Flags()
        {
            do
            {
                if (_pos >= tokens.Count)
                {
                    Fail("ARG_FLAGS needs a flag");
                    return;
                }

                switch (tokens[_pos++])
                {
                    case "FLAG_SLIRP_HELPER": _slirp = true; break;
                    case "FLAG_FIPS_HOST": _fips = true; break;
                    case var other:
                        Fail($"unsupported harness flag '{other}' (expectations belong in the expect column)");
                        return;
                }
            }
            while (_pos < tokens.Count && tokens[_pos] == "|" && ++_pos > 0);
        }

        private static bool TryInt(string s, out int v) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v);

        private void Fail(string message)
        {
            _failed = true;
            bag.Error(HarnessCodes.HarnessArgs, where, message);
        }
    }
}
