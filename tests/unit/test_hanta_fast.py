"""presslens' fast HanTa word analysis must give exactly HanTa's own results."""

from __future__ import annotations

import pytest
from HanTa import HanoverTagger

from presslens.stages.gazetteer import role_stem
from presslens.stages.hanta import analyze_forward, analyze_viterbi, speed_up

#: Known words, inflections, compounds, unknown and very short words, names, English.
WORDS = [
    "Bundesverteidigungsministerin", "Kommunikationswege", "sagte", "hätte", "Taurus", "Marschflugkörper",
    "gehöre", "Xqzvyt", "ab", "a", "Hühnerstallleiterin", "unerlässlich", "Macron", "said", "running",
    "Verhandlungsbereitschaft", "zurückgewiesen", "Sicherheitspolitik", "2024", "NATO-Gipfel",
]


@pytest.fixture(scope="module")
def tagger():
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@pytest.mark.parametrize("word", WORDS)
def test_word_analysis_is_hantas_own(tagger, word):
    assert analyze_forward(tagger, word.lower()) == tagger.analyze_forward(word.lower())
    for tag, _ in tagger.analyze_forward(word.lower())[:3]:
        assert analyze_viterbi(tagger, word.lower(), -tag) == tagger.analyze_viterbi(word.lower(), -tag)


@pytest.mark.parametrize(
    ("word", "stem"),
    [("Verteidigungsministers", "verteidigungsminister"), ("Ministerinnen", "ministerin"),
     ("Sprecherin", "sprecherin"), ("Berlin", None), ("minister", None), ("Ex-Kanzler", "ex-kanzler")],
)
def test_role_stem(word, stem):
    assert role_stem(word) == stem


def test_sentence_tags_are_hantas_own(tagger):
    fast = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    speed_up(fast, 1000)
    for sentence in (
        "Der Kanzler sagte , er habe keine Taurus-Marschflugkörper liefern wollen .".split(),
        "Macron wäre bereit , Bodentruppen zu schicken , hieß es in Paris .".split(),
        ["Xqzvyt", "und", "Berlin"],
        ["Ja"],
    ):
        assert fast.tag_sent_viterbi(sentence) == tagger.tag_sent_viterbi(sentence)
