"""Quote rules that withhold false quotes and speakers (precision round)."""

from __future__ import annotations

from presslens import analyze
from presslens.record import Article


def _reported(text: str) -> list[str]:
    article: Article = analyze(text, raw=True)
    return [article.span_text(q["speaker"]) for q in article.layer("quotes") if q["type"] == "Reported" and q["speaker"]]


def _words(article: Article, quote: dict) -> str:
    return " ".join(article.span_text(span) for span in quote["spans"])


def test_sprechen_and_bezeichnen_are_bare_speech_acts_only_with_their_object() -> None:
    assert _reported("Die Gewerkschaft sprach von einem großen Erfolg für die Beschäftigten.") == ["Die Gewerkschaft"]
    assert _reported("Von einem großen Erfolg sprach die Gewerkschaft am Abend.") == ["die Gewerkschaft"]
    assert _reported("Der Bürgermeister bezeichnete den Neubau als Fehlplanung.") == ["Der Bürgermeister"]
    assert _reported("Die guten Umfragewerte sprechen für den Bürgermeister.") == []
    assert _reported("Die Ermittler haben bereits mit dem Nachbarn gesprochen.") == []
    assert _reported("Das Wort Allmende bezeichnet ein gemeinsam genutztes Stück Land.") == []


def test_noticing_is_no_speech_act() -> None:
    article = analyze("Die Fahrerin bemerkte, dass der Reifen Luft verlor.", raw=True)
    assert [q for q in article.layer("quotes") if q["type"] != "NotSpeech"] == []



def test_what_becomes_known_has_no_speaker_but_its_von_agent() -> None:
    article = analyze("Im Mai war ein neuer Skandal bekannt geworden: Der Bürgermeister der Stadt habe Gelder veruntreut.", raw=True)
    [quote] = [q for q in article.layer("quotes") if q["type"] != "NotSpeech"]
    assert quote["type"] == "Indirect" and quote["speaker"] is None
    article = analyze("Im Mai war vom Rathaus bekannt geworden, dass der Bürgermeister der Stadt Gelder veruntreut habe.", raw=True)
    [quote] = [q for q in article.layer("quotes") if q["type"] != "NotSpeech"]
    assert article.span_text(quote["speaker"]) == "Rathaus"


def test_nach_wie_vor_is_no_source_phrase() -> None:
    article = analyze("Für das Gerät gibt es nach wie vor freie Softwarequellen im Netz, die jeder nutzen kann.", raw=True)
    assert [q for q in article.layer("quotes") if q["type"] != "NotSpeech"] == []


def test_a_clause_of_contrast_after_a_frame_is_not_reported() -> None:
    article = analyze("Die Anwohner sagen das schon lange, aber der Gemeinderat hat die Straße trotzdem nicht gesperrt.", raw=True)
    assert [q for q in article.layer("quotes") if q["type"] != "NotSpeech"] == []


def test_expecting_recording_and_proving_are_no_speech_acts() -> None:
    for text in ("Die Messwerte belegen, dass der Fluss sauberer geworden ist.",
                 "Die Händler erwarten, dass die Preise für Heizöl im Winter deutlich steigen.",
                 "Die Chronik hält fest, dass die Brücke im Jahr 1850 gebaut wurde."):
        article = analyze(text, raw=True)
        assert [q for q in article.layer("quotes") if q["type"] != "NotSpeech"] == [], text


def test_a_quotation_after_the_authors_colon_before_a_postposed_frame_is_direct_alone() -> None:
    article = analyze("Der Trainer war nach dem Spiel sehr zufrieden: „Das war ein guter Start in die Saison“, sagte er.", raw=True)
    [quote] = [q for q in article.layer("quotes") if q["type"] != "NotSpeech"]
    assert quote["type"] == "Direct"
    assert article.span_text(quote["spans"][0]) == "„Das war ein guter Start in die Saison“"


def test_danach_after_a_sentence_sourced_by_a_prepositional_phrase_means_afterwards() -> None:
    text = ("Nach Aussagen des Hausmeisters drangen die Täter gegen Mitternacht in die Schule ein. "
            "Danach verwüsteten sie mehrere Klassenzimmer im ersten Stock.")
    article = analyze(text, raw=True)
    assert not [q for q in article.layer("quotes") if q["type"] != "NotSpeech" and "verwüsteten" in _words(article, q)]
    text = "Der Verband stellte am Montag eine neue Studie vor. Danach leiden viele Kinder unter Lärm."
    article = analyze(text, raw=True)
    assert [article.span_text(q["cue"]) for q in article.layer("quotes") if q["type"] == "Indirect"] == ["Danach"]
