using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Keeps controllers in the order libvirt stores them (virDomainControllerInsertPreAlloced): among
/// controllers of one type, by index, with a USB master placed before the companions sharing its
/// index. Controllers of different types keep their relative order. Only the controllers' slots in
/// the device list are permuted.
/// </summary>
public sealed class ControllerOrderPass : IDomainPass
{
    public string Name => "controller-order";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        var slots = new List<int>();
        var ordered = new List<Controller>();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Controller c)
            {
                slots.Add(i);
                Insert(ordered, c);
            }
        }

        for (var k = 0; k < slots.Count; k++)
        {
            devices[slots[k]] = ordered[k];
        }

        return domain.WithDevices(devices);
    }

    private static void Insert(List<Controller> list, Controller c)
    {
        var insertAt = -1;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var cur = list[i];
            if (cur.Type != c.Type)
            {
                continue;
            }

            if (cur.Index > c.Index)
            {
                insertAt = i;
            }
            else if (c.MasterStartPort is null && cur.MasterStartPort is not null && cur.Index == c.Index)
            {
                insertAt = i;
            }
            else if (insertAt == -1)
            {
                insertAt = i + 1;
                break;
            }
        }

        if (insertAt < 0)
        {
            list.Add(c);
        }
        else
        {
            list.Insert(insertAt, c);
        }
    }
}
