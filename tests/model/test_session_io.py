"""Session files: round trip, migration, clear errors, atomic writes."""

from __future__ import annotations

import contextlib
import errno
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imsync_gui.model import session_io
from imsync_gui.model.atomic import write_text_atomic
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.session_io import (
    SessionError,
    load_session,
    save_session,
    session_from_text,
    session_to_dict,
    session_to_text,
)
from tests.model.builders import (
    IPAD,
    IPHONE,
    MAC,
    REFERENCE_KEY,
    check,
    healthy_answers,
    make_session,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"


def _full_session():
    """Every field set, the optional ones too (a ticked Mac whose version was read)."""
    read_mac = replace(MAC, this_computer=True, os_version_source="this_computer")
    session = make_session(
        devices=(replace(IPHONE, os_version_source="person"), IPAD, read_mac),
        answers=healthy_answers() | {REFERENCE_KEY: "19:05"},
        checks=[check("clock", CheckStatus.PASS, "right", offset_s=0.25, nested={"a": [1, None]})],
    )
    session.set_step_done("sync_now", True)
    return session


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    session = _full_session()
    path = tmp_path / "s.json"
    save_session(session, path)
    loaded = load_session(path)
    assert session_to_dict(loaded) == session_to_dict(session)
    assert loaded.answers == session.answers
    assert loaded.checks == session.checks


def test_saved_file_matches_schema() -> None:
    import jsonschema

    jsonschema.validate(session_to_dict(_full_session()), session_io.session_schema())


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_sample_sessions_load(path: Path) -> None:
    assert load_session(path).devices


def test_version_1_file_migrates() -> None:
    old = {
        "format": "imsync-gui-session",
        "version": 1,
        "saved_at": "2026-03-01T10:00:00+00:00",
        "devices": [
            {
                "id": "d1",
                "kind": "iphone",
                "name": "Phone",
                "os_version": "17.4",
                "apple_id": "x@icloud.com",
            }
        ],
        "answers": {
            "storage.plan": "50",
            "power.low_power_mode@d1": "yes",
            "storage.used_gb": 49.5,
        },
        "checks": [],
    }
    session = session_from_text(json.dumps(old))
    assert session.devices[0].apple_account == "x@icloud.com"
    assert session.answer("power.low_power_mode", "d1").value == "yes"
    assert session.answer("storage.used_gb").value == 49.5
    assert session.answer("storage.plan").recorded_at.isoformat() == "2026-03-01T10:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ('{"format": "imsync-gui-session", "version": 2, "devi', "damaged or cut short"),
        ("[1, 2]", "not an imsync-gui session"),
        ('{"format": "something-else"}', "not an imsync-gui session"),
        ('{"format": "imsync-gui-session"}', "does not say which format version"),
        ('{"format": "imsync-gui-session", "version": true}', "does not say which format version"),
        ('{"format": "imsync-gui-session", "version": 4}', "newer imsync-gui"),
        ('{"format": "imsync-gui-session", "version": 1}', "cannot be upgraded"),
        ("[" * 100_000, "nested too deeply|damaged"),
    ],
)
def test_bad_files_give_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(SessionError, match=message):
        session_from_text(text)


def test_schema_errors_name_the_entry() -> None:
    data = session_to_dict(make_session([IPHONE]))
    data["devices"][0]["kind"] = "watch"
    with pytest.raises(SessionError, match=r"devices\[0\]\.kind"):
        session_from_text(json.dumps(data))


def test_devices_without_a_version_source_or_tick_load_as_not_said() -> None:
    data = session_to_dict(make_session([IPHONE, MAC]))
    assert all("this_computer" not in d and "os_version_source" not in d for d in data["devices"])
    loaded = session_from_text(json.dumps(data))
    assert [(d.this_computer, d.os_version_source) for d in loaded.devices] == [(None, None)] * 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({0: {"this_computer": True}, 1: {"this_computer": True}}, "both marked"),
        ({0: {"kind": "iphone", "this_computer": True}}, "only a Mac"),
        ({0: {"this_computer": "yes"}}, r"devices\[0\]\.this_computer"),
        ({1: {"os_version_source": "guess"}}, r"devices\[1\]\.os_version_source"),
    ],
)
def test_impossible_ticks_and_sources_are_refused(change: dict, message: str) -> None:
    other_mac = replace(MAC, id="m2")
    data = session_to_dict(make_session([MAC, other_mac]))
    for index, fields in change.items():
        data["devices"][index] |= fields
    with pytest.raises(SessionError, match=message):
        session_from_text(json.dumps(data))


def test_answer_for_unknown_device_is_rejected() -> None:
    data = session_to_dict(make_session([IPHONE], {("power.low_power_mode", "p"): "yes"}))
    data["devices"] = []
    with pytest.raises(SessionError, match="not listed"):
        session_from_text(json.dumps(data))


def test_bad_time_is_rejected() -> None:
    data = session_to_dict(make_session([IPHONE]))
    data["created_at"] = "yesterday at noon"
    with pytest.raises(SessionError, match="makes no sense"):
        session_from_text(json.dumps(data))


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="no file"):
        load_session(tmp_path / "missing.json")
    with pytest.raises(SessionError, match="folder"):
        load_session(tmp_path)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 10)
    with pytest.raises(
        SessionError, match=r"photo\.json is not a session file\. It is not UTF-8 text"
    ):
        load_session(binary)
    bom = tmp_path / "bom.json"
    bom.write_text("\ufeff" + session_to_text(make_session([IPHONE])), encoding="utf-8")
    assert load_session(bom).devices == [IPHONE]


def test_a_failed_save_leaves_the_original_intact(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s.json"
    save_session(make_session([IPHONE]), path)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        save_session(make_session([IPHONE, IPAD, MAC]), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"], "no temporary file is left behind"


def test_writing_where_no_folder_can_be_raises_and_leaves_nothing(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("keep me")
    with pytest.raises(NotADirectoryError):
        write_text_atomic(not_a_folder / "s.json", "{}")
    assert not_a_folder.read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)


def _session_like() -> st.SearchStrategy[dict]:
    """Dicts shaped roughly like a session, with random values in random places."""
    base = session_to_dict(_full_session())
    return st.fixed_dictionaries({k: st.one_of(st.just(v), json_values) for k, v in base.items()})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(json_values, _session_like()))
def test_random_json_gives_a_session_or_a_clear_error(data: object) -> None:
    try:
        text = json.dumps(data)
    except ValueError:
        return
    try:
        session = session_from_text(text)
    except SessionError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    assert session_from_text(session_to_text(session)) is not None


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash_and_never_write(tmp_path_factory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "s.json"
    path.write_bytes(data)
    with contextlib.suppress(SessionError):
        load_session(path)
    assert path.read_bytes() == data
    assert [p.name for p in folder.iterdir()] == ["s.json"]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=2000))
def test_truncated_session_files_give_a_clear_error(cut: int) -> None:
    text = session_to_text(_full_session())
    if cut >= len(text) - 2:
        return
    with pytest.raises(SessionError):
        session_from_text(text[:cut])
