"""Benchmark of analysis (issue 19): retrieval and auto-coding in a large workshop.

A workshop of ``n_stories`` stories (default 10,000), with one code given to 2,000
fragments spread over them. Measured, median of 5 runs each:

* retrieval of that code: the query with storytellers, context, codes and memos, plus
  building every line of the retrieval screen's list, which is what happens before the
  screen's first frame (target: at most 200 ms);
* auto-coding 1,000 search hits with a new code in one step, and taking it back
  (target: at most 2 s for the coding).

Run alone: python bench/bench_analysis.py [n_stories]
"""

from __future__ import annotations

import statistics
import sys
import time

SIZES = (10000,)
RETRIEVAL_TARGET_MS = 200.0
AUTOCODE_TARGET_MS = 2000.0


def build(n_stories: int):  # returns (store, code id, second code id)
    from workbench import workshop
    from workbench.coding import codebook
    from workbench.store import Store, new_id, now

    store = Store.memory()
    workshop.create_workshop(store, "Bench-werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    code = codebook.add_code(store, "Gezelligheid")
    other = codebook.add_code(store, "Steun")
    stamp = now()
    tellers, stories, fragments, codings = [], [], [], []
    text = ("Ik kom elke dinsdag naar de groep. Het is gezellig en we lachen veel. "
            "Met twee moeders heb ik nu contact. Zij helpen mij als het zwaar is.")
    moeder = text.index("moeders")
    for i in range(n_stories):
        teller, story = new_id(), new_id()
        tellers.append({"id": teller, "pseudonym": f"Verteller {i}", "role": "parent",
                        "practice_id": practice, "created_at": stamp})
        stories.append({"id": story, "practice_id": practice, "storyteller_id": teller,
                        "text": text, "status": "ready", "created_at": stamp,
                        "updated_at": stamp, "title": "" if i % 3 else f"Verhaal {i}"})
        if i % 5 == 0:  # 2,000 coded fragments in 10,000 stories
            start = text.index("Het is")
            fragment = new_id()
            fragments.append({"id": fragment, "story_id": story, "start": start,
                              "end": start + 34, "text": text[start:start + 34],
                              "created_by": "bench", "created_at": stamp})
            codings.append({"id": new_id(), "fragment_id": fragment, "code_id": code,
                            "coder": "bench", "created_at": stamp})
    with store.transaction():
        store.db["storytellers"].insert_all(tellers)
        store.db["stories"].insert_all(stories)
        store.db["fragments"].insert_all(fragments)
        store.db["codings"].insert_all(codings)
    assert moeder > 0
    return store, code, other


def run(n_stories: int = 10000) -> list[dict]:
    from workbench.coding import analysis, autocode
    from workbench.tui.screens.coding.retrieval import fragment_option

    store, code, other = build(n_stories)
    retrieval = []
    for _ in range(5):
        began = time.perf_counter()
        rows = analysis.retrieve(store, analysis.Query(code))
        [fragment_option(row) for row in rows]
        retrieval.append((time.perf_counter() - began) * 1000)
    assert len(rows) == n_stories // 5
    hits = autocode.find_hits(store, "moeders")[:1000]
    coding, undo = [], []
    for _ in range(5):
        began = time.perf_counter()
        run_id = autocode.autocode(store, hits, other, "bench", "moeders")
        coding.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        autocode.undo_run(store, run_id)
        undo.append((time.perf_counter() - began) * 1000)
    label = f"{n_stories} stories, median of 5"
    r, c, u = (statistics.median(x) for x in (retrieval, coding, undo))
    return [
        {"name": f"retrieve a code with {len(rows)} fragments and build the retrieval "
                 f"screen's list ({label})",
         "value": round(r, 1), "unit": "ms", "target": f"<= {RETRIEVAL_TARGET_MS:.0f} ms",
         "ok": r <= RETRIEVAL_TARGET_MS},
        {"name": f"auto-code {len(hits)} search hits in one step ({label})",
         "value": round(c, 1), "unit": "ms", "target": f"<= {AUTOCODE_TARGET_MS:.0f} ms",
         "ok": c <= AUTOCODE_TARGET_MS},
        {"name": f"undo that auto-coding ({label})",
         "value": round(u, 1), "unit": "ms", "target": "informative", "ok": True},
    ]


if __name__ == "__main__":
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 10000):
        print(row)
