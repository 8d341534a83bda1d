"""Where the live checks connect: every host, port and URL, the timeouts and the deadline.

The defaults are Apple's real endpoints. IT (proxies, mirrors) and the tests (loopback servers)
override them with a TOML file named by ``--endpoints FILE`` or by the environment variable
``IMSYNC_GUI_ENDPOINTS``; ``endpoints.example.toml`` next to this module documents every key.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import urlsplit

from imsync_gui.i18n import Msg, msg
from imsync_gui.model.enums import CheckId
from imsync_gui.model.quoting import quoted

ENV_VAR: Final = "IMSYNC_GUI_ENDPOINTS"
MAX_CONFIG_BYTES: Final = 1_000_000

DEFAULT_TIMEOUTS: Final[Mapping[str, float]] = MappingProxyType(
    {
        CheckId.CAPTIVE_PORTAL: 5.0,
        CheckId.DNS: 4.0,
        CheckId.HTTPS_ACCOUNT: 6.0,
        CheckId.HTTPS_ICLOUD: 6.0,
        CheckId.TLS_INTERCEPTION: 6.0,
        CheckId.PUSH: 5.0,
        CheckId.PROXY: 2.0,
        CheckId.CLOCK: 5.0,
        CheckId.SERVICE_STATUS: 8.0,
        CheckId.OS_VERSIONS: 8.0,
        CheckId.THIS_COMPUTER: 3.0,
    }
)


class _Explained(Exception):
    """An error whose ``message`` is a :class:`Msg`, rendered in the person's language where it
    is shown; ``str()`` renders it in the active language."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


class ConfigError(_Explained):
    """The endpoints file cannot be used; the message names the file and the problem."""


class SettingError(_Explained, ValueError):
    """One setting's value cannot be used; the message says why."""


@dataclass(frozen=True)
class EndpointConfig:
    """Everything the checks connect to, and how long they may take."""

    captive_url: str = "http://captive.apple.com/hotspot-detect.html"
    account_urls: tuple[str, ...] = (
        "https://appleid.apple.com/",
        "https://idmsa.apple.com/",
        "https://gsa.apple.com/",
    )
    icloud_urls: tuple[str, ...] = ("https://www.icloud.com/",)
    tls_targets: tuple[str, ...] = ("appleid.apple.com:443", "www.icloud.com:443")
    expected_issuers: tuple[str, ...] = ("Apple Inc.", "DigiCert Inc")
    push_host: str = "{n}-courier.push.apple.com"
    push_port: int = 5223
    push_fallback_port: int = 443
    ntp_servers: tuple[str, ...] = ("time.apple.com", "time-ios.apple.com", "time-macos.apple.com")
    ntp_port: int = 123
    clock_warn_s: float = 60.0
    clock_fail_s: float = 300.0
    status_url: str = "https://www.apple.com/support/systemstatus/data/system_status_en_US.js"
    gdmf_url: str = "https://gdmf.apple.com/v2/pmv"
    dns_hosts: tuple[str, ...] = ()
    proxy: str | None = None
    extra_ca_file: Path | None = None
    sysfs_root: Path = Path("/sys")
    power_profiles_command: str = "powerprofilesctl"
    slow_ms: float = 1500.0
    max_body_bytes: int = 4_000_000
    timeouts: Mapping[str, float] = field(default_factory=lambda: DEFAULT_TIMEOUTS)
    deadline_s: float = 15.0

    def timeout_for(self, check_id: str) -> float:
        """The check's own time limit, never beyond the overall deadline."""
        return min(self.timeouts.get(check_id, DEFAULT_TIMEOUTS[check_id]), self.deadline_s)

    def apple_hosts(self) -> tuple[str, ...]:
        """The host names the DNS check resolves: ``dns_hosts``, or every host named above."""
        if self.dns_hosts:
            return self.dns_hosts
        urls = (self.captive_url, *self.account_urls, *self.icloud_urls)
        names = [urlsplit(u).hostname or "" for u in (*urls, self.status_url, self.gdmf_url)]
        names += [split_target(t)[0] for t in self.tls_targets]
        names += [self.push_host.replace("{n}", "1"), *self.ntp_servers]
        return tuple(dict.fromkeys(n for n in names if n))


def split_target(target: str) -> tuple[str, int]:
    """Split ``host:port`` (or ``[v6]:port``) into its parts; raise SettingError if malformed."""
    host, sep, port = target.rpartition(":")
    digits = port.isascii() and port.isdigit()
    if not sep or not host or not digits or not 0 < int(port) < 65536:
        raise SettingError(msg("“{value}” is not host:port", value=quoted(target)))
    return host.strip("[]"), int(port)


def load_config(path: Path | None = None, env: Mapping[str, str] = os.environ) -> EndpointConfig:
    """The defaults, overridden by the TOML file at *path* or else at ``$IMSYNC_GUI_ENDPOINTS``.

    Raise ConfigError with a one-line reason when the file cannot be used.
    """
    if path is None:
        named = env.get(ENV_VAR, "").strip()
        if not named:
            return EndpointConfig()
        path = Path(named)
    raw = _read_toml(path)
    try:
        return _apply(EndpointConfig(), raw, path.parent)
    except SettingError as exc:
        raise ConfigError(msg("{path}: {problem}.", path=str(path), problem=exc.message)) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(msg("{path}: there is no such endpoints file.", path=str(path))) from None
    except IsADirectoryError:
        raise ConfigError(
            msg("{path} is a folder, not an endpoints file.", path=str(path))
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(
            msg("{path} cannot be read: {reason}.", path=str(path), reason=reason)
        ) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(msg("{path} is too large to be an endpoints file.", path=str(path)))
    import tomllib  # ~10 ms: only paid when an endpoints file is given, not at every start

    try:
        return tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(
            msg("{path} is not an endpoints file. It is not UTF-8 text.", path=str(path))
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            msg("{path} is not valid TOML: {reason}.", path=str(path), reason=str(exc))
        ) from None


def _url(value: object) -> str:
    text = _text(value)
    try:
        parts = urlsplit(text)
    except ValueError:  # a bracketed host that is not an IPv6 address
        parts = urlsplit("")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingError(
            msg("“{value}” is not an http:// or https:// address", value=quoted(text))
        )
    return text


def _https_url(value: object) -> str:
    text = _url(value)
    if not text.startswith("https://"):
        raise SettingError(
            msg(
                "“{value}” must start with https:// (this check is about secure access)",
                value=quoted(text),
            )
        )
    return text


def _target(value: object) -> str:
    text = _text(value)
    split_target(text)
    return text


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingError(msg("expected a non-empty text"))
    return value.strip()


def _port(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise SettingError(msg("expected a port number from 1 to 65535"))
    return value


def _positive(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 86400:
        raise SettingError(msg("expected a positive number"))
    return float(value)


def _size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1024:
        raise SettingError(msg("expected a whole number of bytes, at least 1024"))
    return value


def _many(
    one: Callable[[object], Any], *, at_least: int = 1
) -> Callable[[object], tuple[Any, ...]]:
    """A list of settings; a check given none to contact could not run, so most need one."""

    def convert(value: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise SettingError(msg("expected a list"))
        if len(value) < at_least:
            raise SettingError(
                msg("expected at least one entry (an empty list leaves nothing to check)")
            )
        return tuple(one(item) for item in value)

    return convert


def _optional_url(value: object) -> str | None:
    return _url(value) if value != "" else None


_Setting = tuple[str, Callable[[object], Any]]

_KEYS: Final[dict[str, dict[str, _Setting]]] = {
    "": {
        "deadline_s": ("deadline_s", _positive),
        "proxy": ("proxy", _optional_url),
        "extra_ca_file": ("extra_ca_file", _text),
        "slow_ms": ("slow_ms", _positive),
        "max_body_bytes": ("max_body_bytes", _size),
    },
    CheckId.CAPTIVE_PORTAL: {"url": ("captive_url", _url)},
    CheckId.DNS: {"hosts": ("dns_hosts", _many(_text, at_least=0))},  # none: every host above
    CheckId.HTTPS_ACCOUNT: {"urls": ("account_urls", _many(_https_url))},
    CheckId.HTTPS_ICLOUD: {"urls": ("icloud_urls", _many(_https_url))},
    CheckId.TLS_INTERCEPTION: {
        "targets": ("tls_targets", _many(_target)),
        "expected_issuers": ("expected_issuers", _many(_text)),
    },
    CheckId.PUSH: {
        "host": ("push_host", _text),
        "port": ("push_port", _port),
        "fallback_port": ("push_fallback_port", _port),
    },
    CheckId.PROXY: {},
    CheckId.CLOCK: {
        "servers": ("ntp_servers", _many(_text)),
        "port": ("ntp_port", _port),
        "warn_offset_s": ("clock_warn_s", _positive),
        "fail_offset_s": ("clock_fail_s", _positive),
    },
    CheckId.SERVICE_STATUS: {"url": ("status_url", _url)},
    CheckId.OS_VERSIONS: {"url": ("gdmf_url", _https_url)},
    CheckId.THIS_COMPUTER: {
        "sysfs_root": ("sysfs_root", _text),
        "power_profiles_command": ("power_profiles_command", _text),
    },
}


def _apply(config: EndpointConfig, raw: Mapping[str, Any], base: Path) -> EndpointConfig:
    changes: dict[str, Any] = {}
    timeouts = dict(config.timeouts)
    for key, value in raw.items():
        if isinstance(value, dict) and key in _KEYS and key:
            section = _KEYS[key]
            for sub, sub_value in value.items():
                if sub == "timeout_s":
                    timeouts[key] = _checked(f"[{key}] timeout_s", _positive, sub_value)
                elif sub in section:
                    name, convert = section[sub]
                    changes[name] = _checked(f"[{key}] {sub}", convert, sub_value)
                else:
                    raise SettingError(
                        msg(
                            "unknown setting “{name}” in [{section}]", name=quoted(sub), section=key
                        )
                    )
        elif key in _KEYS[""]:
            name, convert = _KEYS[""][key]
            changes[name] = _checked(key, convert, value)
        else:
            raise SettingError(msg("unknown setting or section “{name}”", name=quoted(key)))
    for name in ("extra_ca_file", "sysfs_root"):
        if name in changes:
            changes[name] = base / Path(changes[name]).expanduser()
    if "extra_ca_file" in changes:
        _check_certificates(changes["extra_ca_file"])
    return replace(config, **changes, timeouts=MappingProxyType(timeouts))


def _check_certificates(path: Path) -> None:
    """Refuse an extra_ca_file that is missing or holds no certificate the TLS layer can use."""
    if not path.is_file():
        raise SettingError(msg("extra_ca_file: {path} does not exist", path=quoted(path, 80)))
    if path.stat().st_size > MAX_CONFIG_BYTES:
        raise SettingError(
            msg("extra_ca_file: {path} is too large for a certificate file", path=quoted(path, 80))
        )
    import ssl  # only when an extra CA file is named: the window does not pay for it at start

    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=str(path))
    except ssl.SSLError:
        raise SettingError(
            msg("extra_ca_file: {path} holds no PEM certificate", path=quoted(path, 80))
        ) from None
    except OSError as exc:
        raise SettingError(
            msg(
                "extra_ca_file: {path} cannot be read: {reason}",
                path=quoted(path, 80),
                reason=exc.strerror or str(exc),
            )
        ) from None


def _checked(where: str, convert: Callable[[object], Any], value: object) -> Any:
    try:
        return convert(value)
    except SettingError as exc:
        raise SettingError(
            msg("{setting}: {problem}", setting=where, problem=exc.message)
        ) from None
