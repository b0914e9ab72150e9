"""The enrich passes declare what they require and provide; the order is checked from that."""

from __future__ import annotations

import pytest

from encoder.enrich import INGESTED, PASSES, Pass, PassOrderError, check_order, pipeline


def _noop(article, reporter) -> None:  # a pass that does nothing, for contracts alone
    return None


def test_the_default_passes_are_in_an_order_their_contracts_allow() -> None:
    provided = check_order(PASSES)
    assert {"structure", "ids", "links", "dates", "names"} <= provided
    assert [step.name for step in PASSES][:2] == ["structure", "ids"]


def test_a_pass_before_what_it_requires_is_refused_when_the_pipeline_is_built() -> None:
    by_name = {step.name: step for step in PASSES}
    swapped = [by_name["structure"], by_name["align"], by_name["ids"]]
    with pytest.raises(PassOrderError, match=r"pass 'align' requires ids"):
        check_order(swapped)


def test_names_come_after_dates_and_links() -> None:
    names = next(step for step in PASSES if step.name == "names")
    assert {"dates", "links"} <= names.requires
    without_dates = [step for step in PASSES if step.name != "dates"]
    with pytest.raises(PassOrderError, match="dates"):
        check_order(without_dates)


def test_a_requirement_nothing_provides_is_named() -> None:
    odd = Pass("odd", _noop, frozenset({"weather"}), frozenset())
    with pytest.raises(PassOrderError, match="weather"):
        check_order([*PASSES, odd])
    assert "weather" in check_order([odd], INGESTED | {"weather"})


def test_every_pipeline_configuration_is_checked() -> None:
    from encoder.enrich.names import Config

    assert [step.name for step in pipeline(Config(statistical=False))] == [step.name for step in PASSES]
