"""Assemble README.md from docs/readme/*.md fragments, in file-name order.

Each area keeps its own fragment, so several people can document at once without
editing the same file. Run: python docs/readme/build.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE.parent.parent / "README.md"
NOTE = "<!-- Generated from docs/readme/*.md by docs/readme/build.py; edit those files. -->\n"


def build() -> str:
    parts = [p.read_text(encoding="utf-8").strip() + "\n" for p in sorted(HERE.glob("*.md"))]
    return NOTE + "\n" + "\n".join(parts)


if __name__ == "__main__":
    README.write_text(build(), encoding="utf-8")
    print(f"wrote {README}")
