"""Calendar-notice wording in languages the cue words lacked (calnotify9 batch)."""

from __future__ import annotations

from service.parsing.lexicon import CATALOG_REPLY_CUES, has_invitation_cue
from service.parsing.when_clocks import _CLOCK, _clock_value


def test_counter_proposal_sentence_reads_as_an_answer() -> None:
    # an attendee offering another time has agreed to nothing
    assert CATALOG_REPLY_CUES.search("Jana Novak ima nadomestni predlog za «Razgovor»:")
    assert CATALOG_REPLY_CUES.search("Ο/Η Άννα έχει κάνει αντιπρόταση για το «Συνέντευξη»:")


def test_software_invitation_sentence_is_an_invitation_cue() -> None:
    assert has_invitation_cue("Sigga Jóns hefur boðið þér á fund Starfsviðtal")
    assert has_invitation_cue("Pēteris Liepa  ielūdza Jūs uz Pārrunas.")
    assert not has_invitation_cue("Þakka þér fyrir umsóknina.")


def test_greek_day_periods_set_the_half_of_the_day() -> None:
    morning = _CLOCK.search("ώρα 11:30 π.μ.")
    evening = _CLOCK.search("έως 3:15 μ.μ. (Europe/Athens)")
    assert morning is not None
    assert evening is not None
    assert str(_clock_value(morning, None)) == "11:30:00"
    assert str(_clock_value(evening, None)) == "15:15:00"


def test_calendar_row_labels_of_every_catalog_language_are_slot_labels() -> None:
    from service.parsing.when_common import _patterns

    label, end_label = _patterns()["label"], _patterns()["end_label"]
    for row in ("Hvenær:", "Sākums:", "Kdaj:", "Қашан:", "Byrjun"):
        assert label.search(row), row
    for row in ("Beigas:", "Endir:", "Pabaiga"):
        assert end_label.search(row), row
    # a label only where it ends the text before the value
    assert not label.search("Hvenær hentar þér best")
