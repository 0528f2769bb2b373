"""Read aloud: from pressing F5 to the first audio sample ready (cold: the library loads
first; warm: it is loaded), and the memory eSpeak NG and miniaudio add.

Run alone: python bench/bench_speech.py
"""

from __future__ import annotations

import json
import subprocess
import sys

SIZES = (0,)
FIRST_SAMPLE_TARGET_MS = 300
MEMORY_TARGET_MB = 50

PROBE = r"""
import json, resource, threading, time
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from workbench import speech

class Null(speech.Output):
    def start(self, sample_rate, chunks):
        threading.Thread(target=lambda: [None for _ in chunks], daemon=True).start()
    def stop(self):
        pass

text = ("Herkent u dit? Kies een cijfer van 1 tot 5. Geldt het niet voor u? Kies 0. "
        "1: herken ik niet. 2: een beetje. 3: voor een deel. 4: voor een groot deel. "
        "5: helemaal. 0: geldt niet voor mij.")
times = []
for _ in range(6):
    reader = speech.Reader(output=Null())
    start = time.perf_counter()
    first = []
    reader.speak(text, "nl", on_first_sound=lambda: first.append(time.perf_counter()))
    times.append((first[0] - start) * 1000)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"cold_ms": times[0], "warm_ms": sorted(times[1:])[2],
                  "memory_mb": (after - before) / 1024}))
"""


def run(n_stories: int = 0) -> list[dict]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    return [
        {"name": "read aloud: F5 to first audio sample, first time (library loads)",
         "value": round(figures["cold_ms"], 1), "unit": "ms",
         "target": f"<= {FIRST_SAMPLE_TARGET_MS} ms",
         "ok": figures["cold_ms"] <= FIRST_SAMPLE_TARGET_MS},
        {"name": "read aloud: F5 to first audio sample, warm (median)",
         "value": round(figures["warm_ms"], 1), "unit": "ms",
         "target": f"<= {FIRST_SAMPLE_TARGET_MS} ms",
         "ok": figures["warm_ms"] <= FIRST_SAMPLE_TARGET_MS},
        {"name": "read aloud: memory added (eSpeak NG with its voices)",
         "value": round(figures["memory_mb"], 1), "unit": "MB",
         "target": f"<= {MEMORY_TARGET_MB} MB", "ok": figures["memory_mb"] <= MEMORY_TARGET_MB},
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure['name']}: {figure['value']} {figure['unit']} "
              f"(target {figure['target']}, {'ok' if figure['ok'] else 'NOT MET'})")
