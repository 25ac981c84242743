"""Linking speed: gazetteer/KB load time and look-ups per second (cold, uncached calls)."""

from __future__ import annotations

import time

NAMES = [("بموسكو", "GPE"), ("والرياض", "GPE"), ("البحر المتوسط", "LOC"), ("سوريا", "GPE"),
         ("وزارة الخارجية الروسية", "ORG"), ("الجيش السوري", "ORG"), ("بشار الأسد", "PER"),
         ("الرئيس السوري", "PER"), ("زكريا الكسواني", "PER"), ("مدينة مجهولة", "GPE")]


def main() -> None:
    """Print load time and look-ups per second for link(), place() and demonym()."""
    t0 = time.perf_counter()
    from marsad.link import gazetteer as gz
    from marsad.link import kb, linker

    gz.get_gazetteer()
    kb.get_kb()
    print(f"load: {time.perf_counter() - t0:.2f} s")
    n = 0
    t0 = time.perf_counter()
    for i in range(2000):
        for name, typ in NAMES:
            # A distinct date/title per round defeats the linker's cache: cold look-ups.
            linker._link.__wrapped__(name, typ, None, f"20{i % 25:02d}-01-01")
            n += 1
    dt = time.perf_counter() - t0
    print(f"link(): {n / dt:,.0f} look-ups/s (uncached)")
    g = gz.get_gazetteer()
    t0 = time.perf_counter()
    for _ in range(5000):
        for name, _t in NAMES:
            g.place(name)
            g.demonym(name)
    dt = time.perf_counter() - t0
    print(f"place()+demonym(): {2 * 5000 * len(NAMES) / dt:,.0f} look-ups/s (uncached)")


if __name__ == "__main__":
    main()
