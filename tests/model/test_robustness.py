"""Whatever a (hand-edited) session file holds, the diagnosis never crashes."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from imsync_gui.model import knowledge
from imsync_gui.model.answers import Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.session import Session

T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
QUESTIONS = [q.id for q in knowledge.all_questions()]

values = st.one_of(
    st.sampled_from(["yes", "no", "not_sure", "5", "wifi", "off", "always", "", "14:05", "25:99"]),
    st.text(max_size=12),
    st.floats(allow_nan=True, allow_infinity=True),
)
devices = st.lists(
    st.builds(
        Device,
        id=st.sampled_from(["a", "b", "c"]),
        kind=st.sampled_from(list(DeviceKind)),
        name=st.text(max_size=8),
        os_version=st.one_of(
            st.none(), st.text(max_size=8), st.sampled_from(["10.13.4", "17.2", "26.1"])
        ),
        apple_account=st.one_of(st.none(), st.emails()),
        addresses=st.lists(st.text(max_size=12), max_size=3).map(tuple),
        messages_in_icloud=st.one_of(st.none(), st.booleans()),
    ),
    max_size=3,
    unique_by=lambda d: d.id,
)


@settings(max_examples=120, deadline=None)
@given(
    devices=devices,
    answers=st.fixed_dictionaries({(q, d): values for q in QUESTIONS for d in (None, "a", "b")}),
    reference=st.one_of(st.none(), st.datetimes(timezones=st.just(UTC))),
)
def test_diagnosis_survives_any_answers(devices, answers, reference) -> None:
    session = Session(devices=devices, created_at=T0, updated_at=T0)
    for (question, device), value in answers.items():
        session.set_answer(Answer(question, value, T0, device, reference))
    diagnosis = diagnose(session)
    assert len(diagnosis.findings) == 9
