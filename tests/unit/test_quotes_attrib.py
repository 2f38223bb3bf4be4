"""Speaker attribution rules of the quotes stage (round 9, attrib branch): invented German sentences."""

from __future__ import annotations

from presslens import analyze
from presslens.record import Article


def quotes(article: Article) -> list[dict]:
    return [q for q in article.layer("quotes") if q["type"] != "NotSpeech"]


def speaker_text(article: Article, quote: dict) -> str | None:
    return article.span_text(quote["speaker"]) if quote["speaker"] else None


def test_a_genitive_name_before_its_noun_is_no_speaker() -> None:
    text = "Das Nobelkomitee in Oslo lobte Bergers Einsatz für „eine Welt ohne Minen“."
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert "Nobelkomitee" in speaker_text(article, quote)


def test_a_named_apposition_skips_the_party_in_brackets() -> None:
    text = "Jonas Wegener (SPD), amtierender Bürgermeister der Stadt, spricht seit Wochen offen über eine Erhöhung der Grundsteuer."
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert speaker_text(article, quote) == "Jonas Wegener"


def test_the_subject_of_a_passive_sentence_before_is_no_source() -> None:
    text = ("Das Unwetter traf die Insel am Morgen. Auf der Insel wurden zwei Männer leicht verletzt. "
            "Auch seien dort mehrere Scheunen beschädigt worden.")
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "IndirectFreeIndirect" and quote["speaker"] is None


def test_the_subject_inside_reported_speech_before_is_no_source() -> None:
    text = ("Der Prozess begann am Montag. Der Angeklagte soll mehrere Nachbarn bedroht haben. "
            "Die Waffe sei dabei nicht geladen gewesen.")
    article = analyze(text, raw=True)
    quote = quotes(article)[-1]
    assert quote["type"] == "IndirectFreeIndirect" and quote["speaker"] is None


def test_a_relative_clause_before_the_frame_marks_its_pronoun_as_speaker() -> None:
    text = "Der Politiker Johann Bergmann, der lange als Favorit galt, bekräftigte am Montag, dass er nicht kandidieren werde."
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert speaker_text(article, quote) == "der"
    assert "Bergmann" in quote["speaker"]["name"]


def test_nach_between_two_source_nouns_takes_the_source_after_it() -> None:
    text = "Diesen Regeln entspricht der Entwurf für ein neues Schulgesetz nach Meinung der Elternvertretung nicht."
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert speaker_text(article, quote) == "der Elternvertretung"
    assert article.span_text(quote["cue"]) == "nach Meinung"


def test_after_a_passive_sentence_its_von_agent_is_the_source() -> None:
    text = "Die Pläne Bergers wurden von Bürgermeister Karl Schneider als verfrüht bezeichnet. Die Kosten seien noch völlig unklar."
    article = analyze(text, raw=True)
    quote = quotes(article)[-1]
    assert quote["type"] == "IndirectFreeIndirect"
    assert speaker_text(article, quote).startswith("Bürgermeister")


def test_an_indefinite_pronoun_heads_the_genitive_after_it() -> None:
    text = "Einige der betroffenen Landwirte haben Ministerin Anna Keller in einem Brief geschrieben, dass die Hilfen zu spät kämen."
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert speaker_text(article, quote) == "Einige der betroffenen Landwirte"


def test_a_public_body_named_just_before_is_the_source_of_a_frameless_quote() -> None:
    text = ("Ein Sprecher der Feuerwehr sagte, der Brand sei gelöscht. Die Kriminalpolizei bittet um Mithilfe bei der Suche. "
            "Der Täter sei etwa 30 Jahre alt und trage eine rote Jacke.")
    article = analyze(text, raw=True)
    quote = quotes(article)[-1]
    assert quote["type"] == "IndirectFreeIndirect"
    assert speaker_text(article, quote) == "Die Kriminalpolizei"


def test_a_quote_continuing_a_demnach_quote_keeps_demnach_as_speaker_span() -> None:
    text = ("Das Kartellamt legte am Montag seinen Abschlussbericht vor. Demnach wurden die Preise nicht manipuliert. "
            "Die Lage am Markt sei jedoch weiter unbefriedigend.")
    article = analyze(text, raw=True)
    quote = quotes(article)[-1]
    assert quote["type"] == "IndirectFreeIndirect"
    assert speaker_text(article, quote) == "Demnach"
