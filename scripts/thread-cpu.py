#!/usr/bin/env python3
"""Runs a command and prints its CPU seconds per thread group (JIT C2, JIT C1, GC, main, other), read from
/proc/PID/task/*/stat every 0.1 s; for how much of a build the JIT compiler threads take (BENCHMARKS.md).

    scripts/thread-cpu.py java -Xmx3g -jar target/ruralkg.jar build --quiet --db /tmp/db target/bench/corpus-10x
"""
import subprocess, sys, os, time, collections, re
hz = os.sysconf('SC_CLK_TCK')
t0 = time.time()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
last = {}
def poll():
    try:
        for tid in os.listdir(f'/proc/{p.pid}/task'):
            try:
                s = open(f'/proc/{p.pid}/task/{tid}/stat').read()
                comm = s[s.index('(')+1:s.rindex(')')]
                f = s[s.rindex(')')+2:].split()
                last[tid] = (comm, (int(f[11]) + int(f[12])) / hz)
            except (FileNotFoundError, ProcessLookupError):
                pass
    except FileNotFoundError:
        pass
while p.poll() is None:
    poll(); time.sleep(0.1)
wall = time.time() - t0
g = collections.Counter()
for comm, cpu in last.values():
    k = 'JIT C2' if comm.startswith('C2 Compi') else 'JIT C1' if comm.startswith('C1 Compi') else \
        'GC' if re.match(r'(GC Thread|G1 |VM Thread)', comm) else comm if comm in ('main', 'java') else 'other'
    g[k] += cpu
tot = sum(g.values())
print(f"rc={p.returncode} wall {wall:.1f} s, cpu {tot:.1f} s: " + ", ".join(f"{k} {v:.1f}" for k, v in g.most_common()), flush=True)
