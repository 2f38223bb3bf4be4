"""Direct quotes: speakers of marked quotations (round 2, r2direct)."""

from __future__ import annotations

from presslens import analyze

from quote_rows import direct


def test_a_later_das_sagte_frame_keeps_the_speaker_a_verb_named() -> None:
    article = analyze("Die Firma Nordlicht baut Raketen. Weiter sagte Anna Berg: „Unsere Arbeit wird ein offenes Buch sein.“ "
                      "Dies sagte die Chefin des Unternehmens vor Kunden.", raw=True)
    assert direct(article) == [("„Unsere Arbeit wird ein offenes Buch sein.“", "Anna Berg", "sagte")]


def test_marked_words_after_a_noun_of_titles_are_a_title() -> None:
    article = analyze("Der Schauspieler Jan Berg hatte seinen Abschied angekündigt. Am letzten Drehtag wurde er von den "
                      "Kollegen mit dem Lied „Wir sehen uns bald wieder“ verabschiedet.", raw=True)
    assert direct(article) == []
    assert [q["type"] for q in article.layer("quotes") if article.span_text(q["spans"][0]) == "„Wir sehen uns bald wieder“"] == ["NotSpeech"]


def test_a_later_speech_verb_before_a_colon_frames_the_marked_quotation() -> None:
    article = analyze("Ministerin Anna Roth (CDU) wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra Berg (GRÜNE), "
                      "erklärte: „Neiddebatten sind völlig fehl am Platz und schaden allen.“", raw=True)
    assert direct(article) == [("„Neiddebatten sind völlig fehl am Platz und schaden allen.“", "Sandra Berg", "erklärte")]


def test_a_subject_with_a_participle_attribute_after_the_verb() -> None:
    article = analyze("„Jetzt ist es noch schöner, weil die Liga hundert Jahre besteht“, schrieb die in Berlin geborene Roth.", raw=True)
    assert direct(article) == [("„Jetzt ist es noch schöner, weil die Liga hundert Jahre besteht“", "die in Berlin geborene Roth", "schrieb")]


def test_a_speech_verb_tagged_as_adjective_after_the_closing_mark() -> None:
    article = analyze("Es gibt viele Schulen im Land. „Die Schule ist im Ort angekommen und hat sich etabliert.“ erklärte "
                      "Ministerin Anna Berg. „Wir stehen zu ihr. Ich traue ihr viel zu.“", raw=True)
    assert [speaker for _, speaker, _ in direct(article)] == ["Ministerin Anna Berg", "Ministerin Anna Berg"]


def test_a_phrase_naming_the_quoted_words_is_no_speaker() -> None:
    article = analyze("Auslöser war ein großes Plakat am Rathaus. Darauf waren die Worte zu lesen: „Die Stadt unterstützt die "
                      "Menschenrechte auf der ganzen Welt.“", raw=True)
    assert direct(article) == [("„Die Stadt unterstützt die Menschenrechte auf der ganzen Welt.“", None, None)]


def test_a_named_phrase_set_off_before_the_colon_announces_the_quotation() -> None:
    article = analyze("Auch Sprecher wichtiger Organisationen gratulierten dem Sieger, so der Bürgermeister Hans Roth, und der "
                      "Ministerpräsident Jan Berg: „Der Preis kommt nicht zu früh. Es ist richtig so.“", raw=True)
    assert direct(article) == [("„Der Preis kommt nicht zu früh. Es ist richtig so.“", "der Ministerpräsident Jan Berg", None)]
