"""The terminal summary names who is mentioned and who is quoted."""

from __future__ import annotations

import io

from presslens.readers.text import read_text
from presslens.render import summary


def test_summary_lists_entities_and_quoted_speakers() -> None:
    article = read_text("Scholz sagte: „Wir liefern nicht.“ Scholz blieb dabei.", raw=True)
    article.layers["entities"] = [{"id": "e1", "label": "PER", "name": "Olaf Scholz", "mentions": [{"start": 0, "end": 6}, {"start": 35, "end": 41}]}]
    article.layers["quotes"] = [
        {"spans": [{"start": 14, "end": 34}], "type": "Direct", "cue": {"start": 7, "end": 12},
         "speaker": {"start": 0, "end": 6, "name": "Olaf Scholz", "entity": "e1"}, "addressee": None, "reference": None},
        {"spans": [{"start": 14, "end": 20}], "type": "NotSpeech", "cue": None, "speaker": None, "addressee": None, "reference": None},
    ]
    sink = io.StringIO()
    summary.render(article, sink)
    shown = sink.getvalue()
    assert "people: Olaf Scholz (2)" in shown
    assert "quotes: 1, 1 with a speaker: Olaf Scholz (1)" in shown
