"""The quotes layer on small German and English texts: types, spans, cues, speakers, references."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import analyze, pipeline
from presslens.readers.text import read_text
from presslens.record import Article, validate
from presslens.stages.quotes import find_quotes, learned
from presslens.stages.quotes.speakers import Phrase, person_like


def quotes(article: Article, kind: str | None = None) -> list[dict]:
    return [q for q in article.layer("quotes") if kind is None or q["type"] == kind]


def words(article: Article, quote: dict) -> str:
    return " … ".join(article.span_text(span) for span in quote["spans"])


def speaker(quote: dict) -> str | None:
    return quote["speaker"]["name"] if quote["speaker"] else None


def prepared(text: str, entities: list[dict] | None = None, references: list[dict] | None = None) -> Article:
    """The article after the language stages, with hand-made entities/references, then the quotes stage."""
    article = pipeline.run(read_text(text, raw=True), skip=["quotes"])
    if entities is not None:
        article.layers["entities"] = entities
    if references is not None:
        article.layers["references"] = references
    return find_quotes(article)


def entity(text: str, name: str, ident: str, label: str = "PER", *surfaces: str) -> dict:
    mentions = []
    for surface in surfaces or (name,):
        start = text.index(surface)
        mentions.append({"start": start, "end": start + len(surface)})
    return {"id": ident, "label": label, "name": name, "mentions": mentions}


def test_direct_quote_with_postposed_frame() -> None:
    article = analyze("„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Peter Müller am Montag.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Direct"
    assert words(article, quote) == "„Wir werden die Steuern nicht erhöhen“"
    assert article.span_text(quote["cue"]) == "sagte"
    assert "Müller" in speaker(quote)


def test_direct_quote_after_a_colon_in_guillemets() -> None:
    article = analyze("Die Sprecherin der Polizei erklärte: »Es gab keine Verletzten.«", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Direct", "»Es gab keine Verletzten.«")
    assert "Sprecherin" in article.span_text(quote["speaker"])


def test_a_fronted_adverbial_clause_is_not_quoted() -> None:
    article = analyze("Da er noch nie in seinem Leben einen Kuchen gebacken hatte, bat er die Nachbarin um Hilfe.", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]


def test_nach_der_after_a_time_is_no_source() -> None:
    article = analyze("Das Spiel ging in die Pause, nach der die Gäste deutlich stärker wurden.", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]
    article = analyze("Die Opposition hat eine Klageschrift eingereicht, nach der die Wahl wiederholt werden soll.", raw=True)
    [quote] = quotes(article, "Indirect")
    assert article.span_text(quote["cue"]) == "nach"


def test_erklaeren_fuer_declares_and_reports_nothing() -> None:
    article = analyze("Das Gericht hat die Klausel nur in wenigen Fällen für zulässig erklärt, zum Beispiel wenn es um "
                      "die Sicherheit des Landes geht.", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]


def test_a_view_of_the_one_speaking_or_asked_is_no_source() -> None:
    article = analyze("Welche Pläne der Regierung sind Ihrer Meinung nach mit dem Gesetz nicht vereinbar?", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]
    article = analyze("Der alte Trainer war meiner Meinung nach sehr gut in diesem Spiel.", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]


def test_heisst_es_with_a_marked_quotation_is_a_direct_quote() -> None:
    article = analyze("So heißt es in der Meldung auf der Homepage der Firma wörtlich: „Ziel der Strategie ist eine "
                      "bessere Vernetzung der Netze.“", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Direct", "„Ziel der Strategie ist eine bessere Vernetzung der Netze.“")
    article = analyze("„Wir bitten die Stadt dringend, das Konzert abzusagen“, heißt es in dem Schreiben an Polizei und "
                      "Veranstalter.", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Direct", "„Wir bitten die Stadt dringend, das Konzert abzusagen“")


def test_an_apposition_before_a_colon_is_not_part_of_the_quotation() -> None:
    article = analyze("Im Interview sagte Hans Berg, Gründer der Band: „Ich spiele nicht, um Geld zu verdienen, sondern "
                      "um Freude zu haben.“", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Direct" and words(article, quote).startswith("„Ich spiele")


def test_a_fronted_phrase_with_its_relative_clause_is_the_frames_own() -> None:
    article = analyze("In einem Aufsatz, der zu seinem Geburtstag erschien, kritisierte der Autor Hans Berg die Politik "
                      "der Regierung.", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]
    article = analyze("In seiner Rede, die von einer Sprecherin verlesen wurde, mahnte der Minister zu einem sparsamen "
                      "Haushalt.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Reported" and words(article, quote).startswith("In seiner Rede")


def test_a_name_after_the_verb_speaks_for_a_fronted_phrase_that_cannot() -> None:
    article = analyze("Eine Verschiebung der Wahl bezeichnete Hans Berg als fatal.", raw=True)
    [quote] = quotes(article)
    assert speaker(quote) == "Hans Berg"


def test_a_name_announces_a_quote_when_the_subject_cannot_speak() -> None:
    article = analyze("Die Anwendung der Regel sieht Jan Berg kritisch: „Das ist nicht lebensnah.“", raw=True)
    [quote] = quotes(article)
    assert speaker(quote) == "Jan Berg"


def test_a_marked_name_inside_reported_speech_is_not_quoted_speech() -> None:
    article = analyze("Der Sprecher sagte, die „Kampagne für ein Freies Europa“ habe viele Mitglieder verloren.", raw=True)
    [quote] = quotes(article, "Indirect")
    assert not quote.get("quoted")
    article = analyze("Der Sprecher sagte, die Täter seien „Opfer des Terrorismus“ gewesen.", raw=True)
    [quote] = quotes(article, "Indirect")
    assert [article.span_text(span) for span in quote["quoted"]] == ["„Opfer des Terrorismus“"]


def test_the_main_clause_after_an_adverbial_frame_is_not_quoted() -> None:
    article = analyze("Als die junge Frau dann der Presse von ihrem Schicksal erzählte, verdoppelte ein Gericht die Strafe.",
                      raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]


def test_a_clause_of_consequence_is_not_quoted() -> None:
    article = analyze("Der Pilot meldete dem Tower per Funk einen Schaden, so dass auf dem Flughafen ein Alarm ausgelöst wurde.",
                      raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]


def test_a_relative_clause_on_the_object_is_not_quoted() -> None:
    article = analyze("Der Bericht der Organisation kritisiert eine Änderung des Wahlgesetzes, die zwei Monate vor der "
                      "Wahl in Kraft getreten ist.", raw=True)
    assert not [q for q in quotes(article) if q["type"] == "Indirect"]


def test_a_document_named_before_speaks_the_frameless_quote() -> None:
    article = analyze("Der Bericht der Kommission lobt die Schulen des Landes. Die Reform sei aber noch nicht "
                      "abgeschlossen.", raw=True)
    [quote] = quotes(article, "IndirectFreeIndirect")
    assert speaker(quote) == "Der Bericht der Kommission"


def test_interrupted_quote_has_two_spans() -> None:
    article = analyze("„Das ist ein guter Tag“, sagte Anna Schmidt, „für die ganze Stadt.“", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "„Das ist ein guter Tag“ … „für die ganze Stadt.“"
    assert speaker(quote) == "Anna Schmidt"


def test_marked_words_inside_indirect_speech_stay_one_quote() -> None:
    article = analyze("Der Minister sagte, die Lage sei „ernst und nicht beherrschbar“, die Grenze „offen“ und der Zug "
                      "„Rheinpfeil“ pünktlich.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Indirect" and words(article, quote).startswith("die Lage sei „ernst und nicht beherrschbar“")
    # a lower-case word in marks is the speaker's word; a name in marks („Rheinpfeil“) is not
    assert [article.span_text(span) for span in quote["quoted"]] == ["„ernst und nicht beherrschbar“", "„offen“"]
    assert article.span_text(quote["speaker"]) == "Der Minister"


def test_frame_before_a_marked_quote_gives_one_direct_quote_without_the_dateline() -> None:
    for text in ("Pistorius sagte am Montag: „Wir werden keine Taurus liefern.“",
                 "Berlin – Verteidigungsminister Boris Pistorius sagte am Montag: „Wir werden keine Taurus liefern.“"):
        article = analyze(text, raw=True)
        [quote] = quotes(article)
        assert quote["type"] == "Direct" and words(article, quote) == "„Wir werden keine Taurus liefern.“", text
        assert "Pistorius" in quote["speaker"]["name"]


def test_a_date_is_never_a_speaker() -> None:
    article = analyze("Ende Dezember sagte er, die Lage sei ernst.", raw=True)
    [quote] = quotes(article)
    assert article.span_text(quote["speaker"]) == "er"
    [quote] = quotes(analyze("Am Montag erklärte Ende Februar, die Lage sei ernst.", raw=True))
    assert quote["speaker"] is None



def test_belief_is_not_speech() -> None:
    text = "Russland soll nicht glauben, dass man sich den Einsatz von Bodentruppen nicht zutraut."
    assert quotes(analyze(text, raw=True)) == []


def test_scare_quotes_and_titles_are_not_speech() -> None:
    text = (
        "Die Konferenz sollte der „Schwarzmalerei“ entgegenwirken. "
        "Seine Bücher sind „Wie funktioniert Geld?“, „Zukunft Sozialismus“ und „Kolonie Konzern Krieg“."
    )
    article = analyze(text, raw=True)
    assert [q["type"] for q in quotes(article)] == ["NotSpeech"] * 4
    assert all(q["speaker"] is None and q["cue"] is None for q in quotes(article))


def test_laut_frames_an_indirect_quote() -> None:
    article = analyze("Laut Polizei wurden bei dem Unfall drei Menschen verletzt.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Indirect"
    assert words(article, quote) == "wurden bei dem Unfall drei Menschen verletzt"
    assert article.span_text(quote["cue"]) == "Laut"
    assert speaker(quote) == "Polizei"


def test_zufolge_and_nach_angaben_name_their_source() -> None:
    article = analyze(
        "Der Polizei zufolge ist der Täter geflohen. Nach Angaben der Feuerwehr brannte das Haus völlig aus.", raw=True
    )
    assert [(q["type"], speaker(q)) for q in quotes(article)] == [
        ("Indirect", "Der Polizei"),
        ("Indirect", "der Feuerwehr"),
    ]


def test_dass_clause_after_a_speech_verb() -> None:
    article = analyze("Die Firma Vattenfall teilte mit, dass das Kraftwerk am Sonntag wieder Strom liefern werde.", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Indirect", "dass das Kraftwerk am Sonntag wieder Strom liefern werde")
    assert article.span_text(quote["cue"]) == "teilte mit"


def test_konjunktiv_without_frame_continues_the_speaker_before() -> None:
    text = "Bürgermeister Hans Berger sagte, die Brücke sei sicher. Sie werde im Mai wieder geöffnet."
    article = analyze(text, raw=True)
    free = quotes(article, "IndirectFreeIndirect")
    assert [words(article, q) for q in free] == ["Sie werde im Mai wieder geöffnet."]
    assert free[0]["speaker"] == quotes(article, "Indirect")[0]["speaker"]


def test_a_speech_act_without_a_clause_is_reported() -> None:
    article = analyze("Die Opposition forderte den Rücktritt des Ministers.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Reported"
    assert article.span_text(quote["speaker"]) == "Die Opposition"


def test_passive_frame_invents_no_speaker() -> None:
    article = analyze("In der Einladung war angekündigt worden, „über neue Ansätze nachzudenken“.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Direct" and quote["speaker"] is None


def test_pronoun_speaker_resolves_to_the_entity_before() -> None:
    text = "Angela Merkel besuchte am Montag Paris. Sie sagte: „Die Freundschaft ist stark.“"
    article = prepared(text, entities=[entity(text, "Angela Merkel", "e1")])
    [quote] = quotes(article)
    assert article.span_text(quote["speaker"]) == "Sie"
    assert (quote["speaker"]["name"], quote["speaker"]["entity"]) == ("Angela Merkel", "e1")


def test_role_noun_speaker_resolves_to_the_person_with_that_role() -> None:
    text = (
        "Verteidigungsminister Boris Pistorius reiste nach Kiew. "
        "Nach Darstellung des Verteidigungsministers „ist die Lage an der Front angespannt“."
    )
    article = prepared(text, entities=[entity(text, "Boris Pistorius", "e7")])
    [quote] = quotes(article)
    assert article.span_text(quote["speaker"]) == "des Verteidigungsministers"
    assert quote["speaker"]["entity"] == "e7"


def test_reference_marker_attaches_to_the_quote_it_closes() -> None:
    text = "Müller sagte: „Wir bleiben hier.“ (3) Und Meier sagte, es sei „zu spät“. (4)"
    refs = [{"start": text.index("(3)"), "end": text.index("(3)") + 3, "marker": "3", "style": "parenthesis"},
            {"start": text.index("(4)"), "end": text.index("(4)") + 3, "marker": "4", "style": "parenthesis"}]
    article = prepared(text, references=refs)
    by_reference = {q["reference"]: words(article, q) for q in quotes(article) if q["reference"]}
    assert by_reference == {"3": "„Wir bleiben hier.“", "4": "es sei „zu spät“"}


def test_english_said_and_according_to() -> None:
    text = (
        '"We will not give up," said John Smith, the mayor. '
        "According to the police, three people were injured. "
        "The minister told reporters that the talks had failed."
    )
    article = analyze(text, raw=True)
    found = [(q["type"], article.span_text(q["cue"]) if q["cue"] else None) for q in quotes(article)]
    assert found == [("Direct", "said"), ("Indirect", "According to"), ("Indirect", "told")]
    direct, according, told = quotes(article)
    assert speaker(direct) == "John Smith"
    assert speaker(according) == "the police"
    assert words(article, told) == "that the talks had failed"
    assert article.span_text(told["addressee"]) == "reporters"


def test_records_with_quotes_validate() -> None:
    article = analyze("„Ja“, sagte sie. Laut Polizei ist „alles ruhig“. Er nannte es „Unsinn“.", raw=True)
    validate(article.to_dict())


def test_without_tokens_marked_quotes_are_still_found() -> None:
    article = find_quotes(read_text("Er sagte: „Wir bleiben.“", raw=True))
    assert [q["type"] for q in quotes(article)] == ["Direct"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([*"ab „“»«\"'.,:\n", " Er ", " sagte ", " laut ", " sei ", " said "]), max_size=25).map("".join))
def test_odd_text_never_crashes_and_spans_stay_in_the_text(text: str) -> None:
    if not text.strip():
        return
    article = analyze(text, raw=True)
    validate(article.to_dict())


def test_unsupported_language_keeps_marked_quotes_without_guessing() -> None:
    article = analyze("« Nous resterons ici », a déclaré le maire Jean Dupont. Il parle de « bêtise ».", raw=True)
    assert [(q["type"], words(article, q), q["speaker"]) for q in quotes(article)] == [
        ("Direct", "« Nous resterons ici »", None),
        ("NotSpeech", "« bêtise »", None),
    ]


def test_a_verbless_colon_frame_names_the_speaker() -> None:
    for text, expected in (("BKA-Präsident Ziercke: „Mit diesem Ansatz setzt das BKA ein Signal.“", "BKA-Präsident Ziercke"),
                           ("Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“", "Koppelin")):
        article = analyze(text, raw=True)
        [quote] = quotes(article)
        assert article.span_text(quote["speaker"]) == expected
    [quote] = quotes(analyze("Die Bilanz: „Wir haben gewonnen.“", raw=True))
    assert quote["speaker"] is None


def test_heisst_es_in_a_document_names_the_document() -> None:
    for text in ("Im Bericht heißt es, dass es klare Anzeichen gebe.", "Kinder werden rekrutiert, heißt es in dem Bericht."):
        article = analyze(text, raw=True)
        [quote] = quotes(article)
        assert "Bericht" in article.span_text(quote["speaker"]), text


def test_das_sagte_x_after_a_quote_names_its_speaker() -> None:
    for text, expected in (("„Ja, es gibt Zumutungen.“ Das sagte Bundesfinanzminister Peer Steinbrück am Mittwoch.",
                            "Bundesfinanzminister Peer Steinbrück"),
                           ("Die Lage sei ernst. Das sagte der Minister am Mittwoch.", "der Minister")):
        article = analyze(text, raw=True)
        [quote] = quotes(article)
        assert article.span_text(quote["speaker"]) == expected


def test_a_clause_opening_passive_agent_that_can_speak_is_the_speaker() -> None:
    text = "Von den Behörden in beiden Staaten wird angenommen, dass Drogenschmuggel zu dem Zwischenfall führte."
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert "Behörden" in article.span_text(quote["speaker"])
    [quote] = quotes(analyze("Von Versuchen einer Einigung wird gesprochen, die Lage sei aber ernst.", raw=True))
    assert quote["speaker"] is None


def test_a_weekday_mention_inside_the_source_phrase_does_not_name_it() -> None:
    text = "Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge besonders der Anteil der Gewalttaten."
    article = prepared(text, entities=[entity(text, "Donnerstag", "e1", "ORG")])
    [quote] = quotes(article)
    assert quote["speaker"]["name"] != "Donnerstag"


def test_evidence_is_not_speech() -> None:
    text = "Die Interessen in diesem Gebilde sind mitunter sehr verschieden, wie die Reaktionen der Partner zeigen."
    assert quotes(analyze(text, raw=True)) == []


def _found(article: Article) -> list[tuple]:
    return [(q["type"], words(article, q), article.span_text(q["speaker"]) if q["speaker"] else None) for q in quotes(article)]


def test_konjunktiv_2_right_after_reported_speech_continues_it() -> None:
    text = ("Ein Reporter des Senders berichtete, dass das Anzünden von Autos eine Art Sport sei. "
            "Jedes Jahr würden dadurch etwa 600 Autos zerstört.")
    article = analyze(text, raw=True)
    assert _found(article)[1] == ("IndirectFreeIndirect", "Jedes Jahr würden dadurch etwa 600 Autos zerstört.",
                                  "Ein Reporter des Senders")
    # without reported speech before it, Konjunktiv II is just a conditional
    assert quotes(analyze("Bei Regen würden die Spiele verschoben.", raw=True)) == []


def test_sollen_with_a_perfect_infinitive_is_hearsay() -> None:
    [quote] = quotes(analyze("Der Abgeordnete soll einer Sabotagegruppe angehört haben.", raw=True))
    assert quote["type"] == "FreeIndirect"
    for text in ("All das soll natürlich keine Entwarnung sein.", "Bis 2013 sollen keine Kündigungen stattfinden."):
        assert quotes(analyze(text, raw=True)) == [], text


def test_a_source_noun_before_nach_is_the_source() -> None:
    article = analyze("Seiner Meinung nach hätte die Aufsicht von einer Landung abraten müssen.", raw=True)
    assert _found(article) == [("Indirect", "hätte die Aufsicht von einer Landung abraten müssen", "Seiner Meinung")]
    assert article.span_text(quotes(article)[0]["cue"]) == "nach"


def test_a_name_in_quotation_marks_can_be_the_source() -> None:
    article = analyze("Laut „BBC News“ liefen hunderte Mönche um die Pagode. "
                      "Wie die „Automobilwoche“ berichtete, will VW das Werk ausbauen.", raw=True)
    speakers = [article.span_text(q["speaker"]) for q in quotes(article, "Indirect")]
    assert speakers == ["„BBC News“", "die „Automobilwoche“"]


def test_demnach_is_the_speaker_span_named_after_the_source_before() -> None:
    text = "Die Regierung hat einen Plan vorgelegt, sagte Müller. Demnach sollen ältere Kraftwerke länger laufen."
    article = analyze(text, raw=True)
    quote = next(q for q in quotes(article) if words(article, q).startswith("sollen"))
    assert article.span_text(quote["speaker"]) == "Demnach"
    assert quote["speaker"]["name"] == "Müller"


def test_a_subject_set_off_by_a_relative_clause_is_the_speaker() -> None:
    text = "Robert Chow, der die Allianz für Frieden führt, erinnerte daran, dass es eine Gegendemonstration gegeben habe."
    article = analyze(text, raw=True)
    # the relative pronoun between is the speaker span (as quotes-de marks it), the name its antecedent's
    assert _found(article) == [("Indirect", "dass es eine Gegendemonstration gegeben habe", "der")]
    assert quotes(article)[0]["speaker"]["name"] == "Robert Chow"


def test_after_a_relative_clause_the_phrase_behind_the_verb_is_its_object() -> None:
    text = "Der Sender, der für den Vertrag verantwortlich ist, begründete die Einblendungen damit, dass die Grafiken geschützt seien."
    assert _found(analyze(text, raw=True)) == [("Indirect", "dass die Grafiken geschützt seien", "Der Sender")]


def test_a_clause_opened_by_an_article_after_a_postposed_frame_is_reported_not_its_subject() -> None:
    text = "Der Abgeordnete wollte sich nicht festlegen, sagte aber, die Parteien müssten sich bald einigen."
    [quote] = quotes(analyze(text, raw=True))
    assert quote["spans"][-1]["end"] == text.index(".")  # "die Parteien müssten …" is said
    assert quote["speaker"] is None or "Parteien" not in quote["speaker"]["name"]


@pytest.mark.parametrize(("text", "source"), [
    ("Aus Regierungskreisen hieß es, die Gespräche seien gescheitert.", "Regierungskreisen"),
    ("Die Gespräche seien gescheitert, hieß es bei der Agentur.", "der Agentur"),
    ("Auf der Webseite des Vereins heißt es, die Gespräche seien gescheitert.", "der Webseite des Vereins"),
])
def test_heisst_es_names_where_the_words_come_from(text: str, source: str) -> None:
    [quote] = quotes(analyze(text, raw=True))
    assert quote["speaker"]["name"] == source


def test_in_the_passive_the_document_the_words_stand_in_is_the_source() -> None:
    article = analyze("In einer Presseerklärung des Gerichts wurde verkündet, dass die Klage abgewiesen sei. "
                      "In der Stadt wurde vermutet, dass der Bürgermeister zurücktritt.", raw=True)
    assert [speaker(q) for q in quotes(article, "Indirect")] == ["einer Presseerklärung des Gerichts", None]


def test_the_source_a_following_dies_sentence_names_overrides_a_source_inside() -> None:
    text = "Laut einem Bericht des Senders ist in der Stadt ein Mann festgenommen worden. Dies gab die Polizei am Abend bekannt."
    [quote] = quotes(analyze(text, raw=True))
    assert speaker(quote) == "die Polizei"


def test_so_without_a_source_phrase_frames_nothing() -> None:
    assert quotes(analyze("Auch andere Städte sind betroffen, so zum Beispiel Bremen und Kiel.", raw=True)) == []
    [quote] = quotes(analyze("Die Lage sei ernst, so der Minister.", raw=True))
    assert speaker(quote) == "der Minister"


def test_an_object_is_never_the_speaker() -> None:
    [quote] = quotes(analyze("Es wies den Vorwurf als abwegig zurück, man habe zu lange verhandelt.", raw=True))
    assert quote["type"] == "Indirect" and quote["speaker"] is None  # not "den Vorwurf"


def test_a_dative_before_the_verb_is_not_the_speaker() -> None:
    text = "Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“"
    assert _found(analyze(text, raw=True))[0][2] == "Filep Karma"


def test_a_frameless_quote_after_a_named_subject_takes_that_subject() -> None:
    text = ("„Wir bleiben“, sagte Anna Roth. Der Verbandschef Karl Winter verteidigte den Plan. "
            "Die Kosten seien zu hoch.")
    article = analyze(text, raw=True)
    last = quotes(article)[-1]
    assert words(article, last) == "Die Kosten seien zu hoch."
    assert "Karl Winter" in last["speaker"]["name"]


def test_after_nach_angaben_only_a_genitive_or_von_phrase_is_the_source() -> None:
    for text, expected in (("Im Paket, das nach dessen Angaben die Bombe enthielt, war Sand.", "dessen Angaben"),
                           ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "der Polizei"),
                           ("Nach Angaben von Ärzten wurden drei Menschen verletzt.", "Ärzten")):
        article = analyze(text, raw=True)
        assert [article.span_text(q["speaker"]) for q in quotes(article)] == [expected], text


def test_infinitive_zu_is_not_a_verb_particle() -> None:
    text = ("Sollten sie davon erfahren, so gebe es keine Möglichkeit, sich dagegen zu wehren, "
            "schreibt der Verein auf seiner Website.")
    article = analyze(text, raw=True)
    [quote] = quotes(article)
    assert article.span_text(quote["cue"]) == "schreibt"
    assert article.span_text(quote["speaker"]) == "der Verein"


def test_announcing_and_accusing_without_a_clause_are_reported_speech() -> None:
    for text, speaker_words in (("Der Minister kündigte Neuwahlen an.", "Der Minister"),
                                ("Die Opposition warf der Regierung Wortbruch vor.", "Die Opposition"),
                                ("Die Bahn verwies auf den Mangel an Lokführern.", "Die Bahn"),
                                ("Die Forscher sagten einen milden Winter voraus.", "Die Forscher")):
        article = analyze(text, raw=True)
        assert _found(article) == [("Reported", text, speaker_words)], text


def test_an_auxiliary_can_open_the_frame_after_the_quote() -> None:
    for text, speaker_words in (("„Wir wollen die Werke verzahnen“, hatte VW-Chef Winterkorn in einem Interview erklärt.",
                                 "VW-Chef Winterkorn"),
                                ("Es drohe ein Wettrüsten, hatte Obama bei dem Treffen gesagt.", "Obama")):
        article = analyze(text, raw=True)
        [quote] = quotes(article)
        assert article.span_text(quote["speaker"]) == speaker_words, text
    # a relative clause before the auxiliary is the subject's, not a quote
    article = analyze("Die Polizei, die den Fall untersucht, hatte erklärt, dass niemand verletzt wurde.", raw=True)
    assert _found(article) == [("Indirect", "dass niemand verletzt wurde", "Die Polizei")]


def test_a_dass_clause_before_a_postposed_auxiliary_frame_is_part_of_the_quote() -> None:
    article = analyze("Er glaube, dass die Brücke sicher sei, hatte der Bürgermeister gesagt.", raw=True)
    assert _found(article) == [("Indirect", "Er glaube, dass die Brücke sicher sei", "der Bürgermeister")]


def test_the_one_quoted_in_the_passive_is_the_speaker() -> None:
    article = analyze("Sie wird mit den Worten zitiert: „Ich will nicht im Wege stehen.“", raw=True)
    [quote] = quotes(article)
    assert article.span_text(quote["speaker"]) == "Sie"


def test_consecutive_konjunktiv_sentences_are_one_quote() -> None:
    text = ("„Wir bleiben“, sagte die Ministerin. Sie werde nicht zurücktreten. Die Vorwürfe seien haltlos.\n\n"
            "Die Sitzung sei beendet.")
    article = analyze(text, raw=True)
    free = quotes(article, "IndirectFreeIndirect")
    assert [words(article, q) for q in free] == ["Sie werde nicht zurücktreten. Die Vorwürfe seien haltlos.",
                                                 "Die Sitzung sei beendet."]
    assert article.span_text(free[0]["speaker"]) == "die Ministerin"


def test_joined_sentences_take_the_speaker_named_before_the_first() -> None:
    article = analyze("Der Sprecher war am Abend ratlos. Die Täter seien über das Dach geflohen. "
                      "Die Beute sei noch nicht gefunden worden.", raw=True)
    [quote] = quotes(article, "IndirectFreeIndirect")
    assert words(article, quote).startswith("Die Täter seien")
    assert article.span_text(quote["speaker"]) == "Der Sprecher"  # not "Die Täter", inside the quote


@pytest.mark.parametrize("source", ["Die Opposition", "Die Gewerkschaft", "Die Fraktion", "Die Koalition"])
def test_parties_and_unions_can_speak(source: str) -> None:
    article = analyze(f"{source} war am Abend empört. Die Kosten seien viel zu hoch.", raw=True)
    [quote] = quotes(article, "IndirectFreeIndirect")
    assert article.span_text(quote["speaker"]) == source


def test_hearsay_does_not_take_the_actor_before_it_as_its_source() -> None:
    article = analyze("Die Männer flohen am Abend in einem Auto. Die Männer sollen zuvor drei Geschäfte überfallen haben.", raw=True)
    [quote] = quotes(article, "FreeIndirect")
    assert quote["speaker"] is None  # the ones who say so are not named


def test_after_nach_eigenen_angaben_the_subject_goes_on_speaking() -> None:
    article = analyze("Der Bürgermeister war nach eigenen Angaben seit langem eingeweiht. Die Stadt habe kein Geld mehr.", raw=True)
    [quote] = quotes(article, "IndirectFreeIndirect")
    assert article.span_text(quote["speaker"]) == "Der Bürgermeister"


def test_first_person_present_is_not_konjunktiv() -> None:
    text = ("Ich beschäftige mich schon lange mit Musik. Tatsächlich fühle ich mich dadurch herausgefordert. "
            "Der Sänger sagte, er sei müde. Ich sei nicht schuld daran.")
    article = analyze(text, raw=True)
    assert [words(article, q) for q in quotes(article, "IndirectFreeIndirect")] == ["Ich sei nicht schuld daran."]


def test_marked_speech_inside_a_sentence_without_cue_is_its_subjects() -> None:
    article = analyze("Die Sängerin Anna Berg hält das neue Album für „größer als alles, was ich je gemacht habe“.", raw=True)
    [quote] = quotes(article, "Direct")
    assert "Anna Berg" in article.span_text(quote["speaker"])


def test_wonach_reports_what_the_source_before_it_says() -> None:
    article = analyze("Es gab Berichte, wonach die Maus für den Brand verantwortlich sein soll.", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Indirect", "die Maus für den Brand verantwortlich sein soll")
    assert article.span_text(quote["cue"]) == "wonach"
    assert article.span_text(quote["speaker"]) == "Berichte"


def test_it_became_known_frames_a_quote_without_speaker() -> None:
    article = analyze("Am Montag wurde bekannt, dass der Flughafen kein Radar hat.", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Indirect", "dass der Flughafen kein Radar hat")
    assert article.span_text(quote["cue"]) == "wurde bekannt"
    assert quote["speaker"] is None


def test_moechte_after_reported_speech_does_not_continue_it() -> None:
    article = analyze("Der Minister sagte, er sei müde. Der Premierminister möchte die Lage erst einmal analysieren.", raw=True)
    assert quotes(article, "IndirectFreeIndirect") == []


def test_so_frames_a_quote_only_with_a_source_phrase_after_it() -> None:
    assert quotes(analyze("Der Zug fiel aus, so dass die Pendler warten mussten.", raw=True)) == []
    assert quotes(analyze("Die Preise stiegen überall, so auch in Köln und Bonn.", raw=True)) == []
    article = analyze("Die Preise seien zu hoch, so der Verband.", raw=True)
    assert _found(article) == [("Indirect", "Die Preise seien zu hoch", "der Verband")]


def test_a_speech_participle_with_sein_is_a_state_not_a_reported_speech_act() -> None:
    assert quotes(analyze("Weitere Streiks sind für den Herbst angekündigt.", raw=True)) == []


def test_a_speech_act_in_the_past_perfect_is_background_not_a_reported_speech_act() -> None:
    assert quotes(analyze("Der Verein hatte schon im Frühjahr einen neuen Trainer gefordert.", raw=True)) == []
    article = analyze("Der Verein hat schon im Frühjahr einen neuen Trainer gefordert.", raw=True)
    assert [q["type"] for q in quotes(article)] == ["Reported"]


def test_a_first_person_speech_act_or_a_definition_with_man_is_not_reported() -> None:
    assert quotes(analyze("Ich lehne diesen Plan entschieden ab.", raw=True)) == []
    assert quotes(analyze("Als Feinstaub bezeichnet man sehr kleine Teilchen in der Luft.", raw=True), "Reported") == []


def test_rejecting_regretting_or_praising_without_a_clause_is_not_reported_but_with_one_frames_it() -> None:
    assert quotes(analyze("Die Firma wies die Kritik der Verbraucher zurück.", raw=True), "Reported") == []
    assert quotes(analyze("Der Stadtrat lehnte den Bau einer neuen Brücke ab.", raw=True), "Reported") == []
    assert quotes(analyze("Der Trainer bedauerte die Niederlage seiner Mannschaft.", raw=True), "Reported") == []
    assert quotes(analyze("Der Trainer lobte den Einsatz seiner Mannschaft.", raw=True), "Reported") == []
    article = analyze("Die Firma wies zurück, dass sie Daten verkauft habe.", raw=True)
    assert _found(article) == [("Indirect", "dass sie Daten verkauft habe", "Die Firma")]


def test_fordern_with_victims_counts_losses_and_is_not_reported() -> None:
    assert quotes(analyze("Das Erdbeben forderte zwölf Todesopfer.", raw=True)) == []
    article = analyze("Die Gewerkschaft forderte mehr Lohn.", raw=True)
    assert [q["type"] for q in quotes(article)] == ["Reported"]


def test_a_speech_act_negated_in_its_own_clause_reports_nothing() -> None:
    article = analyze("Ein Sprecher der Bahn wollte nicht bestätigen, dass der Zug entgleist war.", raw=True)
    assert quotes(article, "Indirect") == []
    article = analyze("Der Sprecher sagte, dass die Firma nicht pleite sei.", raw=True)
    assert _found(article) == [("Indirect", "dass die Firma nicht pleite sei", "Der Sprecher")]
    article = analyze("Die Ministerin forderte eine nicht unerhebliche Erhöhung der Mittel.", raw=True)
    assert [q["type"] for q in quotes(article)] == ["Reported"]


def test_a_wonach_clause_ends_where_the_main_clause_resumes() -> None:
    article = analyze("Gerüchte, wonach der Chef gehen wolle, wies die Firma am Montag zurück.", raw=True)
    [quote] = quotes(article, "Indirect")
    assert words(article, quote) == "der Chef gehen wolle"


def test_a_plural_genitive_without_article_names_the_source_after_nach_angaben() -> None:
    article = analyze("Nach Ansicht mehrerer Experten ist die Brücke sicher.", raw=True)
    assert _found(article) == [("Indirect", "ist die Brücke sicher", "mehrerer Experten")]


def test_a_name_set_off_after_the_source_of_nach_angaben_is_part_of_the_frame() -> None:
    article = analyze("Nach Angaben des Direktors der Schule, Jan Berg, sei das Dach dicht gewesen.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "sei das Dach dicht gewesen"


def test_a_later_speech_verb_right_before_the_clause_is_its_cue() -> None:
    article = analyze("Der Trainer lobte die Mannschaft und erklärte, das Team sei in Form.", raw=True)
    [quote] = quotes(article, "Indirect")
    assert words(article, quote) == "das Team sei in Form"
    assert article.span_text(quote["cue"]) == "erklärte"


def test_a_number_or_adjective_after_the_source_noun_starts_the_quote_again() -> None:
    article = analyze("Bei dem Brand starben laut der Feuerwehr zwölf Menschen.", raw=True)
    [quote] = quotes(article)
    assert [article.text[s["start"]:s["end"]] for s in quote["spans"]] == ["Bei dem Brand starben", "zwölf Menschen"]
    assert article.span_text(quote["speaker"]) == "der Feuerwehr"


def test_in_attaches_only_a_place_to_a_source_phrase() -> None:
    article = analyze("Die Brücke wird laut Stadtverwaltung in Zukunft gesperrt.", raw=True)
    [quote] = quotes(article)
    assert [article.text[s["start"]:s["end"]] for s in quote["spans"]] == ["Die Brücke wird", "in Zukunft gesperrt"]


def test_two_common_nouns_before_zufolge_are_two_phrases() -> None:
    article = analyze("Im Jahr verdient die Firma Schätzungen zufolge drei Millionen Euro.", raw=True)
    [quote] = quotes(article)
    assert article.span_text(quote["speaker"]) == "Schätzungen"
    assert words(article, quote).startswith("Im Jahr verdient die Firma")


def test_a_law_or_draft_after_nach_is_a_source() -> None:
    article = analyze("Nach dem neuen Gesetz dürfen Hunde nicht mehr an den Strand.", raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Indirect", "dürfen Hunde nicht mehr an den Strand")


def test_an_opinion_noun_before_a_dass_clause_frames_it() -> None:
    article = analyze("Der Verband ist der Ansicht, dass die Gebühren zu hoch seien.", raw=True)
    assert _found(article) == [("Indirect", "dass die Gebühren zu hoch seien", "Der Verband")]
    [quote] = quotes(article)
    assert article.span_text(quote["cue"]) == "der Ansicht"


def test_a_speech_act_under_a_modal_of_need_is_not_reported() -> None:
    assert quotes(analyze("Die Vereine müssen ihre Einnahmen künftig offenlegen und dürfen keine Spenden mehr fordern.", raw=True)) == []
    article = analyze("Die Opposition will den Rücktritt des Ministers fordern.", raw=True)
    assert [q["type"] for q in quotes(article)] == ["Reported"]


def test_a_bracketed_cross_reference_frames_nothing() -> None:
    text = "Nach dem Treffen der Minister (die Zeitung berichtete) hat es keine Einigung darüber gegeben, ob die Steuer kommt."
    assert quotes(analyze(text, raw=True), "Indirect") == []


def test_a_speech_act_with_a_non_finite_modal_is_not_reported() -> None:
    assert quotes(analyze("Die Stadt hätte innerhalb eines Jahres eine Rückzahlung verlangen müssen.", raw=True)) == []


def test_a_continuing_marked_quote_keeps_the_cue_of_the_frame_before() -> None:
    article = analyze("„Wir bleiben hier“, sagte die Bürgermeisterin. „Die Stadt braucht uns.“", raw=True)
    first, second = quotes(article)
    assert article.span_text(second["cue"]) == article.span_text(first["cue"]) == "sagte"


def test_klarstellen_and_klarmachen_are_speech_verbs() -> None:
    article = analyze("Der Trainer stellte klar, dass er bleibe.", raw=True)
    assert _found(article) == [("Indirect", "dass er bleibe", "Der Trainer")]
    article = analyze("Die Richterin machte klar, dass die Frist gelte.", raw=True)
    assert _found(article) == [("Indirect", "dass die Frist gelte", "Die Richterin")]


def test_a_german_opening_mark_may_close_with_a_straight_mark_after_punctuation() -> None:
    article = analyze('Sie sagte: „Wir bleiben hier. Die Stadt braucht uns."', raw=True)
    [quote] = quotes(article)
    assert (quote["type"], words(article, quote)) == ("Direct", '„Wir bleiben hier. Die Stadt braucht uns."')


def test_a_source_phrase_inside_a_relative_clause_sources_that_clause_only() -> None:
    article = analyze("Gesucht wird ein Mann, der laut Polizei einen roten Mantel getragen habe.", raw=True)
    [quote] = quotes(article)
    assert [article.text[s["start"]:s["end"]] for s in quote["spans"]] == ["der", "einen roten Mantel getragen habe"]


def test_a_source_phrase_inside_a_subordinate_clause_sources_that_clause_only() -> None:
    article = analyze("Die Straße bleibt gesperrt, weil laut Polizei noch Glätte herrscht.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "weil … noch Glätte herrscht"


def test_aus_attaches_the_source_to_nach_angaben() -> None:
    article = analyze("Nach Angaben aus Brüssel wurden drei Verträge unterzeichnet.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "wurden drei Verträge unterzeichnet"


def test_a_surname_the_tagger_takes_for_an_adjective_stays_in_the_source_phrase() -> None:
    article = analyze("Die Straße ist laut Karl Lahm für Radfahrer gesperrt.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "Die Straße ist … für Radfahrer gesperrt"


def test_two_coordinated_sources_form_one_source_phrase() -> None:
    article = analyze("Laut Polizei und Rettungsdienst wurde niemand verletzt.", raw=True)
    assert _found(article) == [("Indirect", "wurde niemand verletzt", "Polizei und Rettungsdienst")]


def test_a_wie_clause_after_the_object_compares_and_reports_nothing() -> None:
    article = analyze("Die Ärzte erhoffen sich eine Wirkung, wie sie das Mittel bei Kindern gezeigt hat.", raw=True)
    assert quotes(article, "Indirect") == []
    article = analyze("Der Minister erklärte, wie die Reform funktionieren soll.", raw=True)
    assert _found(article) == [("Indirect", "wie die Reform funktionieren soll", "Der Minister")]


def test_a_verb_with_aber_after_a_comma_continues_the_subject_and_frames_nothing_before() -> None:
    article = analyze("Die Gewerkschaft begrüßte den Kompromiss, verlangt aber eine höhere Zulage.", raw=True)
    assert quotes(article, "Indirect") == []
    article = analyze("„Wir bleiben hier im Land“, sagte aber der Minister.", raw=True)
    [quote] = quotes(article)
    assert article.span_text(quote["cue"]) == "sagte"


def test_a_role_set_off_after_a_fronted_source_belongs_to_the_frame() -> None:
    article = analyze("Laut Jan Berg, Leiter des Instituts in Kiel, hat die Stadt die Sanierung verschoben.", raw=True)
    assert _found(article) == [("Indirect", "hat die Stadt die Sanierung verschoben", "Jan Berg")]


def test_a_relative_clause_after_a_source_phrase_belongs_to_the_frame() -> None:
    article = analyze("Die Brücke bleibt gesperrt, heißt es in dem Bericht, der am Freitag erschien.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "Die Brücke bleibt gesperrt"
    article = analyze("Die Brücke bleibe gesperrt, so Jan Berg, der das Bauamt leitet.", raw=True)
    assert _found(article) == [("Indirect", "Die Brücke bleibe gesperrt", "Jan Berg")]


def test_a_relative_pronoun_is_a_source() -> None:
    article = analyze("Es kursieren Gerüchte, nach denen der Trainer bald zurücktritt.", raw=True)
    assert _found(article) == [("Indirect", "der Trainer bald zurücktritt", "denen")]
    article = analyze("Er beruft sich auf Regeln, denen zufolge Kinder freien Eintritt hätten.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "Kinder freien Eintritt hätten"


def test_a_participle_attribute_stays_in_the_source_phrase() -> None:
    article = analyze("Laut dem von der Stadt beauftragten Gutachter ist die Brücke marode.", raw=True)
    assert _found(article) == [("Indirect", "ist die Brücke marode", "dem von der Stadt beauftragten Gutachter")]


def test_verlautbaren_and_besagen_are_speech_verbs() -> None:
    article = analyze("Die Schule bleibe geschlossen, verlautbarte die Rektorin.", raw=True)
    assert _found(article) == [("Indirect", "Die Schule bleibe geschlossen", "die Rektorin")]
    article = analyze("Die Satzung besagt, dass der Vorstand jährlich gewählt wird.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "dass der Vorstand jährlich gewählt wird"


def test_a_marked_predicate_after_its_subject_is_a_reported_clause() -> None:
    article = analyze("Die Trainerin sagte, die Mannschaft „habe hervorragend gekämpft“.", raw=True)
    [quote] = quotes(article)
    assert quote["type"] == "Indirect"
    assert words(article, quote) == "die Mannschaft „habe hervorragend gekämpft“"


def test_a_postposed_frame_runs_through_an_apposition_before_a_clause() -> None:
    article = analyze("Die Halle bleibe geschlossen, sagte Eva Roth, Leiterin des Amtes, das die Halle seit Jahren verwaltet.", raw=True)
    [quote] = quotes(article)
    assert "Leiterin" not in words(article, quote)


def test_a_wobei_clause_after_a_postposed_frame_is_not_quoted() -> None:
    article = analyze("Der Zug komme später, meldete die Bahn am Morgen, wobei sie keinen Grund nannte.", raw=True)
    [quote] = quotes(article)
    assert words(article, quote) == "Der Zug komme später"


def test_short_marked_words_before_so_are_a_direct_quote() -> None:
    article = analyze("„Auf keinen Fall“, so die Bürgermeisterin.", raw=True)
    assert _found(article) == [("Direct", "„Auf keinen Fall“", "die Bürgermeisterin")]


def test_herausfinden_frames_a_finding() -> None:
    article = analyze("Die Forscher fanden heraus, dass Bienen Farben unterscheiden können.", raw=True)
    assert _found(article) == [("Indirect", "dass Bienen Farben unterscheiden können", "Die Forscher")]


def test_marked_words_in_frameless_reported_speech_are_its_speakers_words() -> None:
    article = analyze("Der Minister sprach am Montag in Berlin. Er werde „einen neuen und besseren Vertrag“ "
                      "mit den Nachbarn aushandeln.", raw=True)
    [quote] = [q for q in quotes(article) if words(article, q).startswith("Er werde")]
    assert [article.span_text(span) for span in quote["quoted"]] == ["„einen neuen und besseren Vertrag“"]
    assert speaker(quote) == "Der Minister"


def test_a_share_is_no_speaker() -> None:
    article = pipeline.run(read_text("Die Gewerkschaft will eine Lohnerhöhung von fünf Prozent.", raw=True), skip=["quotes"])
    first = next(i for i, t in enumerate(article.tokens) if t.text == "fünf")
    assert not person_like(article.tokens, Phrase(first, first + 2))  # "fünf Prozent" ends like "Präsident"


def test_a_speech_noun_source_inside_a_framed_quote_attributes_its_clause_again() -> None:
    article = analyze("Die Polizei teilte am Montag mit, der Fahrer sei nach Zeugenaussagen viel zu schnell gefahren.", raw=True)
    outer, inner = sorted(quotes(article), key=lambda q: len(q["spans"]))
    assert (words(article, outer), speaker(outer)) == ("der Fahrer sei nach Zeugenaussagen viel zu schnell gefahren", "Die Polizei")
    assert (words(article, inner), speaker(inner)) == ("der Fahrer sei … viel zu schnell gefahren", "Zeugenaussagen")


def test_the_verb_of_a_relative_clause_is_not_the_mood_of_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone: the unit model may find it too
    text = "Das Amt sieht keine Gefahr. Nur Kinder, die täglich am See spielten, seien betroffen."
    article = analyze(text, raw=True)
    assert _found(article)[-1] == ("IndirectFreeIndirect", "Nur Kinder, die täglich am See spielten, seien betroffen.", "Das Amt")


def test_konjunktiv_2_right_after_a_speech_act_continues_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone: the unit model may find it too
    text = "Die Gewerkschaft warnte am Montag vor einem langen Streik. Die Werke würden sonst wochenlang stillstehen."
    article = analyze(text, raw=True)
    assert _found(article) == [("Reported", "Die Gewerkschaft warnte am Montag vor einem langen Streik.", "Die Gewerkschaft"),
                               ("IndirectFreeIndirect", "Die Werke würden sonst wochenlang stillstehen.", "Die Gewerkschaft")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Lehrerin betrachtet den Ausflug als Belohnung für die Klasse.",
     ("Reported", "Die Lehrerin betrachtet den Ausflug als Belohnung für die Klasse.", "Die Lehrerin")),
    ("Den Sieg schrieb die Trainerin dem Wetter zu.", ("Reported", "Den Sieg schrieb die Trainerin dem Wetter zu.", "die Trainerin")),
    ("Die Parteien einigten sich darauf, dass die Steuer im Mai sinkt.", ("Indirect", "dass die Steuer im Mai sinkt", "Die Parteien")),
    ("Die Nachbarn vereinbarten, den Zaun im Frühjahr gemeinsam zu streichen.", ("Indirect", "den Zaun im Frühjahr gemeinsam zu streichen", "Die Nachbarn")),
    ("Die Pläne stehen, wie sich Berg ausdrückte, „im Gegensatz zu allem Versprochenen“.",
     ("Indirect", "Die Pläne stehen … „im Gegensatz zu allem Versprochenen“", "Berg")),
])
def test_verbs_added_from_missed_train_quotes(text: str, expected: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone: the unit model may find some too
    assert _found(analyze(text, raw=True)) == [expected]


@pytest.mark.parametrize("text", ["Der Rat tagte bis in die Nacht, und der Vorsitzende sagte, die Lage sei ernst.",
                                  "Der Vorsitzende kam am Morgen an und sagte, die Lage sei ernst."])
def test_a_frame_opened_by_a_conjunction_reports_the_clause_after_it(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone
    assert [(q[0], q[1]) for q in _found(analyze(text, raw=True))] == [("Indirect", "die Lage sei ernst")]


def test_berichten_with_a_von_object_and_no_clause_is_a_reported_speech_act() -> None:
    article = analyze("Mehrere Wanderer berichteten von einem hellen Blitz über dem See.", raw=True)
    assert [(q["type"], speaker(q)) for q in quotes(article)] == [("Reported", "Mehrere Wanderer")]


def test_an_opinion_noun_with_an_adjective_or_before_a_konjunktiv_clause_frames_it() -> None:
    article = analyze("Viele Anwohner sind der gegenteiligen Auffassung, dass der Lärm zunimmt.", raw=True)
    assert _found(article) == [("Indirect", "dass der Lärm zunimmt", "Viele Anwohner")]
    article = analyze("Der Förster vertritt die These, der Wald erhole sich von selbst.", raw=True)
    assert _found(article) == [("Indirect", "der Wald erhole sich von selbst", "Der Förster")]
    article = analyze("Die Bürgermeisterin äußerte die Hoffnung, dass die Brücke bald fertig wird.", raw=True)
    assert _found(article) == [("Indirect", "dass die Brücke bald fertig wird", "Die Bürgermeisterin")]


def test_a_strong_konjunktiv_2_form_without_a_mood_from_the_morphology_goes_on_reporting() -> None:
    text = "Die Bergwacht warnte vor Lawinen. Viele Hänge befänden sich in einem kritischen Zustand."
    assert [q["type"] for q in quotes(analyze(text, raw=True))] == ["Reported", "IndirectFreeIndirect"]


@pytest.mark.parametrize("text", [
    "Die Prüferin konstatierte, dass die Kasse nicht stimme.",
    "Der Kapitän erwähnte, dass der Motor schon länger Geräusche mache.",
    "Die Eltern drängten darauf, dass der Schulweg sicherer werde.",
    "Der Vermieter drohte an, dass er die Heizung abstellen werde.",
    "Die Opposition attackierte den Minister, er habe den Haushalt geschönt.",
])
def test_round_7_speech_verbs_frame_a_dass_clause(text: str) -> None:
    assert [q["type"] for q in quotes(analyze(text, raw=True))] == ["Indirect"]


def test_sich_zeigen_with_an_adjective_of_attitude_frames_the_clause_after_it() -> None:
    article = analyze("Die Trainerin zeigte sich zuversichtlich, dass die Mannschaft den Titel holt.", raw=True)
    assert _found(article) == [("Indirect", "dass die Mannschaft den Titel holt", "Die Trainerin")]
    assert quotes(analyze("Der Hund zeigte sich friedlich, als die Kinder kamen.", raw=True)) == []


def test_danach_after_a_sentence_naming_a_document_points_to_its_source() -> None:
    article = analyze("Das Institut stellte am Montag eine neue Studie vor. Danach schlafen viele Jugendliche zu wenig.",
                      raw=True)
    assert [(q["type"], words(article, q)) for q in quotes(article)] == [
        ("Indirect", "schlafen viele Jugendliche zu wenig")]
    assert quotes(analyze("Der Zug hielt in Ulm an. Danach stiegen alle Reisenden aus.", raw=True)) == []


def test_a_passive_speech_act_with_a_fronted_von_agent_is_reported() -> None:
    article = analyze("Von der Gewerkschaft wurde der neue Tarifplan als unzureichend bezeichnet.", raw=True)
    assert [(q["type"], article.span_text(q["speaker"])) for q in quotes(article) if q["cue"]] == [
        ("Reported", "der Gewerkschaft")]


def test_a_phrase_opening_the_prefield_with_its_attribute_is_the_subject() -> None:
    text = "Lehrer aus mehreren Schulen haben der Bürgermeisterin vorgeworfen, die Turnhalle verkommen zu lassen."
    assert _found(analyze(text, raw=True)) == [("Indirect", "die Turnhalle verkommen zu lassen", "Lehrer")]


def test_a_marked_quotation_after_a_linking_word_and_a_colon_continues_the_one_before() -> None:
    text = "Die Bürgermeisterin sagte: „Der Park bleibt offen.“ Und: „Wir pflanzen neue Bäume.“"
    assert [q[2] for q in _found(analyze(text, raw=True))] == ["Die Bürgermeisterin", "Die Bürgermeisterin"]


def test_a_relative_pronoun_before_its_speech_verb_is_the_speaker() -> None:
    text = "Die Polizei befragte einen Jungen, der angab, den Unfall gesehen zu haben."
    assert _found(analyze(text, raw=True)) == [("Indirect", "den Unfall gesehen zu haben", "der")]


def test_a_relative_pronoun_in_the_passive_is_no_speaker() -> None:
    text = "Am Morgen wurden zwei Männer festgenommen, die beschuldigt werden, Diebe zu sein."
    assert [q[2] for q in _found(analyze(text, raw=True))] == [None]


def test_a_von_phrase_inside_a_prepositional_prefield_is_no_subject() -> None:
    text = "Nach dem Einbruch in das Museum von Rastatt kündigte am Abend die Direktorin an, die Alarmanlage zu erneuern."
    assert _found(analyze(text, raw=True)) == [("Indirect", "die Alarmanlage zu erneuern", "die Direktorin")]


def test_a_phrase_opening_the_prefield_with_an_apposition_is_the_subject() -> None:
    text = "Anna Roth, die Sprecherin des Vereins im Ort, bezeichnete die Reform als Fehler."
    assert _found(analyze(text, raw=True)) == [("Reported", text, "Anna Roth")]


def test_a_frameless_quote_three_units_after_the_last_speaker_takes_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone
    text = "Die Ministerin sagte, die Schule werde saniert. Der Bau beginnt im Mai. Das Geld ist knapp. Die Pläne seien längst fertig."
    assert [q[2] for q in _found(analyze(text, raw=True))] == ["Die Ministerin", None]


def test_a_frame_right_after_a_quotation_announced_by_a_colon_frames_it() -> None:
    text = "Besorgt äußerte sich auch die Vorsitzende des Vereins zu den Vorgängen im Ort: „Wir befürchten das Schlimmste“, sagte sie gegenüber dem Sender."
    assert _found(analyze(text, raw=True)) == [("Direct", "„Wir befürchten das Schlimmste“", "sie")]


def test_a_web_site_name_can_be_the_source() -> None:
    text = "Wie beispiel-news.de berichtet, ist die Brücke am Hafen gesperrt worden."
    assert _found(analyze(text, raw=True)) == [("Indirect", "ist die Brücke am Hafen gesperrt worden", "beispiel-news.de")]


def test_the_von_agent_of_a_passive_zitieren_is_not_the_speaker() -> None:
    text = "Die Sprecherin der Partei, Anna Roth, wird von der Zeitung mit den Worten zitiert: „Wir lehnen den Plan ab.“"
    assert [q[2] for q in _found(analyze(text, raw=True))] == ["Anna Roth"]


def test_a_singular_phrase_after_a_plural_verb_is_not_the_subject() -> None:
    text = "Die Vereinten Nationen hatten die Europäische Union im Januar darum gebeten, sich an der Mission zu beteiligen."
    assert [q[2] for q in _found(analyze(text, raw=True))] == ["Die Vereinten Nationen"]
