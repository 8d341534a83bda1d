"""Endpoint configuration: defaults, the documented example file, overrides and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from imsync_gui.checks import config as config_module
from imsync_gui.checks.config import ENV_VAR, ConfigError, EndpointConfig, load_config
from imsync_gui.cli import main
from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.i18n import language
from imsync_gui.model.enums import CheckId

EXAMPLE = Path(config_module.__file__).with_name("endpoints.example.toml")


def test_defaults_are_apples_endpoints() -> None:
    config = load_config(None, env={})
    assert config == EndpointConfig()
    assert config.captive_url == "http://captive.apple.com/hotspot-detect.html"
    assert config.push_port == 5223 and config.push_fallback_port == 443
    assert set(config.timeouts) == set(CheckId)


def test_documented_example_equals_the_defaults() -> None:
    assert load_config(EXAMPLE, env={}) == EndpointConfig()


def test_every_setting_is_documented() -> None:
    text = EXAMPLE.read_text()
    for section, keys in config_module._KEYS.items():
        if section:
            assert f"[{section}]" in text
        for key in keys:
            assert f"{key} =" in text, key


def test_file_overrides_and_env_var(tmp_path: Path, ca_file: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(ca_file.read_bytes())
    path = tmp_path / "endpoints.toml"
    path.write_text(
        'deadline_s = 7\nproxy = "http://proxy.test:3128"\nextra_ca_file = "ca.pem"\n'
        "[push]\nport = 15223\ntimeout_s = 2.5\n"
        '[clock]\nservers = ["time.test"]\n'
    )
    config = load_config(None, env={ENV_VAR: str(path)})
    assert config.deadline_s == 7.0
    assert config.proxy == "http://proxy.test:3128"
    assert config.extra_ca_file == ca
    assert config.push_port == 15223
    assert config.timeout_for(CheckId.PUSH) == 2.5
    assert config.timeout_for(CheckId.SERVICE_STATUS) == 7.0  # capped by the deadline
    assert config.ntp_servers == ("time.test",)
    assert load_config(path, env={ENV_VAR: "/nonexistent"}) == config


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("deadline_s = [", "not valid TOML"),
        ("dead_line = 3", "unknown setting or section “dead_line”"),
        ("[push]\nprot = 1", "unknown setting “prot” in [push]"),
        ("[push]\nport = 70000", "[push] port: expected a port number"),
        ("[push]\nport = true", "[push] port: expected a port number"),
        ("[dns]\ntimeout_s = -1", "[dns] timeout_s: expected a positive number"),
        ('[https_account]\nurls = ["http://appleid.apple.com/"]', "must start with https://"),
        ('[https_account]\nurls = "https://appleid.apple.com/"', "expected a list"),
        ('[captive_portal]\nurl = "captive.apple.com"', "not an http:// or https:// address"),
        ('[tls_interception]\ntargets = ["appleid.apple.com"]', "is not host:port"),
        ('extra_ca_file = "missing.pem"', "does not exist"),
        ("max_body_bytes = 10", "at least 1024"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "endpoints.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert words in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_binary_and_folder_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such endpoints file"):
        load_config(tmp_path / "nope.toml", env={})
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(tmp_path, env={})
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        load_config(binary, env={})


def test_a_bad_file_is_refused_in_the_persons_language(tmp_path: Path) -> None:
    """The reason is kept as a message id and arguments, rendered where it is shown."""
    path = tmp_path / "endpoints.toml"
    path.write_text('[https_account]\nurls = ["http://appleid.apple.com/"]\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    english = str(caught.value)
    with language("de"):
        german = str(caught.value)
    with language("es"):
        spanish = str(caught.value)
    assert english == (
        f"{path}: [https_account] urls: “http://appleid.apple.com/” must start with https:// "
        "(this check is about secure access)."
    )
    assert german == (
        f"{path}: [https_account] urls: „http://appleid.apple.com/“ muss mit https:// beginnen "
        "(diese Prüfung gilt dem sicheren Zugang)."
    )
    assert "debe empezar por https://" in spanish and str(path) in spanish


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("[push]\nport = 0", "[push] port: erwartet wird eine Portnummer von 1 bis 65535"),
        ("dead_line = 3", "unbekannte Einstellung oder unbekannter Abschnitt „dead_line“"),
        ("deadline_s = [", "ist kein gültiges TOML"),
    ],
)
def test_the_cli_says_what_is_wrong_in_german_under_lang_de(
    tmp_path: Path, text: str, german: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "endpoints.toml"
    path.write_text(text)
    with language("en"):  # switched back after main() chose German
        assert main(["--lang", "de", "check", "--endpoints", str(path)]) == ExitCode.BAD_INPUT
    err = capsys.readouterr().err
    assert german in err and str(path) in err
    assert err.count("\n") == 1
