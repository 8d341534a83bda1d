"""An endpoints file that leaves a check nothing to contact is refused at load with one line
naming the key, and a check that contacted nothing can never pass (issue 13, finding 7)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from imsync_gui.checks.config import ConfigError, EndpointConfig, load_config
from imsync_gui.checks.registry import run_check
from imsync_gui.cli import main
from imsync_gui.model.enums import CheckId, CheckStatus

EMPTY_LISTS = {
    "[https_account]\nurls = []\n": "[https_account] urls",
    "[https_icloud]\nurls = []\n": "[https_icloud] urls",
    "[tls_interception]\ntargets = []\n": "[tls_interception] targets",
    "[tls_interception]\nexpected_issuers = []\n": "[tls_interception] expected_issuers",
    "[clock]\nservers = []\n": "[clock] servers",
}
NOT_CERTIFICATES = {
    "empty": b"",
    "text": b"hello\n",
    "a key, not a certificate": b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    "a broken certificate": b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
    "binary": bytes(range(256)),
}


@pytest.mark.parametrize("text", EMPTY_LISTS, ids=EMPTY_LISTS.values())
def test_an_empty_list_of_servers_exits_2_naming_the_key(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "endpoints.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match="at least one"):
        load_config(path, env={})
    assert main(["check", "--endpoints", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert EMPTY_LISTS[text] in line and "Traceback" not in line


@pytest.mark.parametrize("content", NOT_CERTIFICATES.values(), ids=NOT_CERTIFICATES.keys())
def test_an_extra_ca_file_without_a_certificate_exits_2_naming_the_key(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ca.pem").write_bytes(content)
    path = tmp_path / "endpoints.toml"
    path.write_text('extra_ca_file = "ca.pem"\n')
    assert main(["check", "--endpoints", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "extra_ca_file" in line and "no PEM certificate" in line


def test_a_wrong_value_is_quoted_short(tmp_path: Path) -> None:
    path = tmp_path / "endpoints.toml"
    path.write_text(f'[captive_portal]\nurl = "{"x" * 100_000}"\n')
    with pytest.raises(ConfigError) as refused:
        load_config(path, env={})
    assert len(str(refused.value)) < 200 + len(str(path))


@pytest.mark.parametrize(
    ("check", "field"),
    [
        (CheckId.HTTPS_ACCOUNT, "account_urls"),
        (CheckId.HTTPS_ICLOUD, "icloud_urls"),
        (CheckId.TLS_INTERCEPTION, "tls_targets"),
    ],
)
def test_a_check_that_contacted_nothing_could_not_run(
    config: EndpointConfig, check: CheckId, field: str
) -> None:
    """Even when built in code, past the file's validation: never a pass, never a traceback."""
    result = asyncio.run(run_check(check, replace(config, **{field: ()})))
    assert result.status is CheckStatus.ERROR
    assert "nothing to contact" in result.message.render()
