"""Hypothesis properties over the whole default pipeline: arbitrary text never crashes it,
every fact points into the text, and the JSON round trip is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import MarsadError
from marsad.model import Document, Meta, spans_of
from marsad.pipeline import default_pipeline

# News-like pieces so that entities, quotes, events and dates really fire.
PIECES = ["قال", "وأضاف:", "أكد أن", "نقلت وكالة رويترز عن مصدر رسمي أن", "بحسب", "“", "”", "«", "»",
          "\"", "الرئيس السوري أحمد الشرع", "فلاديمير بوتين", "بوتين", "موسكو", "دمشق", "واشنطن",
          "وزارة الخارجية الروسية", "الجيش الإسرائيلي", "اتهم", "التقى", "سيطلب من", "لم يلتق",
          "قصفت", "اعتقلت الشرطة", "طالب", "اجتماعاً", "لقائه", "اليوم الأربعاء", "أمس",
          "15 أكتوبر 2025", "الأسبوع المقبل", "،", ".", "\n", " ", "؟", "إن", "في", "مع", "عن"]
piece = st.one_of(st.sampled_from(PIECES), st.characters())
texts = st.lists(piece, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "2025-10-15", "2024-02-29"]))
def test_full_pipeline_never_crashes_and_spans_hold(text: str, published: str | None) -> None:
    try:
        doc = default_pipeline()(Document(text=text, meta=Meta(published=published),
                                          layers=("raw",)))
    except MarsadError as exc:
        assert exc.code.startswith("E1") and "\n" not in str(exc)
        return
    for start, end, surface in spans_of(doc):
        assert 0 <= start <= end <= len(doc.text)
        if surface is not None:
            assert doc.text[start:end] == surface
    ids = {e.id for e in doc.entities}
    for q in doc.quotes:
        assert q.speaker is None or q.speaker in ids
    for v in doc.events:
        assert v.evidence.start <= v.trigger.start and v.trigger.end <= v.evidence.end
        for a in v.actor + v.target:
            assert a.entity is None or a.entity in ids
    assert Document.from_dict(doc.to_dict()) == doc
