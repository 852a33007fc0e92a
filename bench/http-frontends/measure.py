#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures an HTTP front end as in docs/deployment.md: wrk on /healthz, a 256 MiB body, a 64 MiB
# header line and 2,000 idle connections, with the RSS from /proc/<pid>/status.
#   measure.py PORT PID NAME SECONDS-TO-WAIT-FOR-IDLE-TIMEOUTS
import socket, sys, time, subprocess, os, re
port = int(sys.argv[1]); pid = int(sys.argv[2]); name = sys.argv[3]; idle_wait = float(sys.argv[4])
def mem(field):
    for l in open(f"/proc/{pid}/status"):
        if l.startswith(field + ":"): return int(l.split()[1]) // 1024
def fds(): return len(os.listdir(f"/proc/{pid}/fd"))
res = {}
# throughput
out = subprocess.run(["wrk", "-t2", "-c16", "-d8s", "--latency", f"http://127.0.0.1:{port}/healthz"], capture_output=True, text=True).stdout
rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
p50 = re.search(r"50%\s+(\S+)", out).group(1); p99 = re.search(r"99%\s+(\S+)", out).group(1)
res["healthz req/s"] = rps; res["p50"] = p50; res["p99"] = p99
# 256 MiB body
base = mem("VmRSS")
s = socket.create_connection(("127.0.0.1", port)); s.settimeout(30)
s.sendall(b"POST /api/dao/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 268435456\r\n\r\n")
chunk = b"a" * (1 << 20); sent = 0; t0 = time.time()
try:
    for i in range(256): s.sendall(chunk); sent += 1
except Exception as e: pass
try: ans = s.recv(200).split(b"\r\n")[0]
except Exception as e: ans = str(e).encode()
s.close(); time.sleep(0.5)
res["256MiB body"] = f"{ans.decode()} after {sent} MiB sent; RSS {base}->{mem('VmRSS')} MiB, peak {mem('VmHWM')} MiB"
# 64 MiB header
base = mem("VmRSS")
s = socket.create_connection(("127.0.0.1", port)); s.settimeout(30)
s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: "); sent = 0
try:
    for i in range(64): s.sendall(chunk); sent += 1
    s.sendall(b"\r\n\r\n")
except Exception: pass
try: ans = s.recv(200).split(b"\r\n")[0]
except Exception as e: ans = str(e).encode()
s.close(); time.sleep(0.5)
res["64MiB header"] = f"{ans.decode()} after {sent} MiB sent; RSS {base}->{mem('VmRSS')} MiB, peak {mem('VmHWM')} MiB"
# 2000 idle connections
base = fds(); socks = []
for i in range(2000):
    try: socks.append(socket.create_connection(("127.0.0.1", port), timeout=2))
    except Exception: break
time.sleep(1); held = fds() - base
time.sleep(idle_wait); later = fds() - base
res["2000 idle"] = f"{len(socks)} connected, server holds {held} after 1 s, {later} after {idle_wait+1:.0f} s"
for s in socks: s.close()
print(name, res)
