"""``imsync-gui check``: table, JSON, merging into a session, endpoints file, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imsync_gui.checks.config import ENV_VAR, EndpointConfig
from imsync_gui.cli import main
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, DeviceKind
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session, save_session


def _toml(config: EndpointConfig) -> str:
    def strings(values: tuple[str, ...]) -> str:
        return json.dumps(list(values))

    return "\n".join([
        f"deadline_s = {config.deadline_s}",
        f'extra_ca_file = "{config.extra_ca_file}"',
        f'[captive_portal]\nurl = "{config.captive_url}"\ntimeout_s = 0.5',
        f"[dns]\nhosts = {strings(config.dns_hosts)}",
        f"[https_account]\nurls = {strings(config.account_urls)}",
        f"[https_icloud]\nurls = {strings(config.icloud_urls)}",
        f"[tls_interception]\ntargets = {strings(config.tls_targets)}",
        f'[push]\nhost = "{config.push_host}"\nport = {config.push_port}\n'
        f"fallback_port = {config.push_fallback_port}",
        f"[clock]\nservers = {strings(config.ntp_servers)}\nport = {config.ntp_port}\n"
        "timeout_s = 0.5",
        f'[service_status]\nurl = "{config.status_url}"',
        f'[os_versions]\nurl = "{config.gdmf_url}"',
        f'[this_computer]\nsysfs_root = "{config.sysfs_root}"\n'
        f'power_profiles_command = "{config.power_profiles_command}"',
    ]) + "\n"  # fmt: skip


@pytest.fixture
def endpoints(config: EndpointConfig, tmp_path: Path) -> Path:
    path = tmp_path / "endpoints.toml"
    path.write_text(_toml(config))
    return path


def test_table_and_summary(endpoints: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--endpoints", str(endpoints)])
    out = capsys.readouterr().out
    assert code == 1  # every endpoint is a closed port: failures
    lines = out.strip().splitlines()
    assert len(lines) == len(CheckId) + 2
    assert lines[0].startswith("Wi-Fi sign-in page") and "FAIL" in lines[0]
    assert lines[-1].startswith("11 checks: ") and "could not run" in lines[-1]


def test_json_for_it_tools(
    endpoints: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(endpoints))
    code = main(["check", "--json", "--only", "proxy,this_computer"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [c["check_id"] for c in document["checks"]] == ["proxy", "this_computer"]
    assert document["counts"]["pass"] == 2
    assert document["summary"] == "2 checks: 0 fail, 0 warn, 0 could not run"


def test_save_merges_into_an_existing_session(endpoints: Path, tmp_path: Path) -> None:
    path = tmp_path / "session.json"
    session = Session()
    session.put_device(Device("p", DeviceKind.IPHONE, "Phone", "26.1", "a@icloud.com", (), True))
    save_session(session, path)
    assert main(["check", "--endpoints", str(endpoints), "--only", "proxy", "--save",
                 str(path)]) == 0  # fmt: skip
    merged = load_session(path)
    assert [d.id for d in merged.devices] == ["p"]
    assert set(merged.checks) == {"proxy"}
    assert main(["check", "--endpoints", str(endpoints), "--only", "dns", "--save",
                 str(path)]) == 0  # fmt: skip
    again = load_session(path)
    assert set(again.checks) == {"proxy", "dns"}, "results no done step touched carry over"
    assert [r.number for r in again.rounds] == [1], "the earlier results start the history"
    assert set(again.rounds[0].checks or {}) == {"proxy"}
    assert again.round_number == 2


def test_save_after_steps_keeps_the_old_results_in_the_history(
    endpoints: Path, tmp_path: Path
) -> None:
    path = tmp_path / "session.json"
    main(["check", "--endpoints", str(endpoints), "--only", "proxy,push", "--save", str(path)])
    session = load_session(path)
    first_push = session.check("push")
    session.set_step_done("open_apple_ports", True)
    save_session(session, path)
    assert main(["check", "--endpoints", str(endpoints), "--only", "dns", "--save",
                 str(path)]) == 0  # fmt: skip
    after = load_session(path)
    assert set(after.checks) == {"dns"}, "results the done step could change are not carried"
    assert after.rounds[0].checks["push"] == first_push
    assert list(after.rounds[0].done_steps) == ["open_apple_ports"]


def test_save_starts_a_new_session(endpoints: Path, tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    main(["check", "--endpoints", str(endpoints), "--only", "push", "--save", str(path)])
    assert load_session(path).check("push") is not None


def test_a_damaged_session_is_left_alone(
    endpoints: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "imsync-gui-session", "version": 2, ')
    code = main(["check", "--endpoints", str(endpoints), "--save", str(path)])
    assert code == 2
    assert path.read_text() == '{"format": "imsync-gui-session", "version": 2, '
    assert "damaged" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--endpoints", "/nonexistent/endpoints.toml"], "no such endpoints file"),
        (["--only", "dns,nope"], "unknown check id: nope"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_bad_endpoints_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "e.toml"
    bad.write_text("[push]\nport = 0\n")
    monkeypatch.setenv(ENV_VAR, str(bad))
    assert main(["check"]) == 2
    assert "[push] port" in capsys.readouterr().err
