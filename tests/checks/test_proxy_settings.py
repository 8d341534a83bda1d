"""Reading each platform's proxy settings from its own data (fake command output, registry
values and files); nothing here touches the machine's real settings."""

from __future__ import annotations

import struct
from pathlib import Path

from imsync_gui.checks.proxy_settings import (
    WINHTTP_KEY,
    WININET_CONNECTIONS,
    WININET_KEY,
    bypassed,
    from_environment,
    from_gsettings,
    from_kioslaverc,
    from_scutil,
    from_winhttp,
    from_wininet,
)
from imsync_gui.checks.system_proxy import first_route, read_settings

SCUTIL_MANUAL = """<dictionary> {
  ExceptionsList : <array> {
    0 : *.local
    1 : 169.254/16
  }
  FTPPassive : 1
  HTTPEnable : 1
  HTTPPort : 8080
  HTTPProxy : proxy.corp.test
  HTTPSEnable : 1
  HTTPSPort : 8443
  HTTPSProxy : secure.corp.test
  ProxyAutoConfigEnable : 0
}
"""
SCUTIL_PAC = """<dictionary> {
  HTTPEnable : 0
  ProxyAutoConfigEnable : 1
  ProxyAutoConfigURLString : http://wpad.corp.test/proxy.pac
  ProxyAutoDiscoveryEnable : 1
}
"""
GSETTINGS_MANUAL = """org.gnome.system.proxy autoconfig-url ''
org.gnome.system.proxy ignore-hosts ['localhost', '127.0.0.0/8', '.corp.test']
org.gnome.system.proxy mode 'manual'
org.gnome.system.proxy use-same-proxy true
org.gnome.system.proxy.http host 'proxy.corp.test'
org.gnome.system.proxy.http port 3128
org.gnome.system.proxy.https host 'proxy.corp.test'
org.gnome.system.proxy.https port 3129
org.gnome.system.proxy.socks host ''
org.gnome.system.proxy.socks port 0
"""
GSETTINGS_AUTO = """org.gnome.system.proxy autoconfig-url 'http://pac.corp.test/p.pac'
org.gnome.system.proxy ignore-hosts @as []
org.gnome.system.proxy mode 'auto'
"""


def test_environment_either_case_and_all_proxy() -> None:
    found = from_environment({"https_proxy": "proxy.test:3128", "ALL_PROXY": "http://all.test:1",
                              "no_proxy": "localhost, .corp.test"})  # fmt: skip
    assert found.proxies == {"http": "http://all.test:1", "https": "http://proxy.test:3128"}
    assert found.bypass == ("localhost", ".corp.test")
    assert from_environment({}).is_direct


def test_scutil_manual_and_exceptions() -> None:
    found = from_scutil(SCUTIL_MANUAL)
    assert found.proxies == {
        "http": "http://proxy.corp.test:8080",
        "https": "http://secure.corp.test:8443",
    }
    assert found.bypass == ("*.local", "169.254/16")
    assert found.pac_url is None and not found.auto_detect


def test_scutil_pac_and_auto_discovery() -> None:
    found = from_scutil(SCUTIL_PAC)
    assert found.pac_url == "http://wpad.corp.test/proxy.pac"
    assert found.auto_detect and not found.proxies


def test_gsettings_manual_and_auto() -> None:
    manual = from_gsettings(GSETTINGS_MANUAL)
    assert manual.proxies == {
        "http": "http://proxy.corp.test:3128",
        "https": "http://proxy.corp.test:3129",
    }
    assert manual.bypass == ("localhost", "127.0.0.0/8", ".corp.test")
    auto = from_gsettings(GSETTINGS_AUTO)
    assert auto.pac_url == "http://pac.corp.test/p.pac" and not auto.proxies
    assert from_gsettings(GSETTINGS_AUTO.replace("http://pac.corp.test/p.pac", "")).auto_detect
    assert from_gsettings("org.gnome.system.proxy mode 'none'\n").is_direct


def test_kioslaverc_every_type() -> None:
    manual = from_kioslaverc(
        "[Proxy Settings]\nProxyType=1\nhttpProxy=http://proxy.corp.test 3128\n"
        "httpsProxy=http://proxy.corp.test:3129\nNoProxyFor=.corp.test,localhost\n",
        {},
    )
    assert manual.proxies == {
        "http": "http://proxy.corp.test:3128",
        "https": "http://proxy.corp.test:3129",
    }
    assert manual.bypass == (".corp.test", "localhost")
    pac = from_kioslaverc(
        "[Proxy Settings]\nProxyType=2\nProxy Config Script=http://pac.test/x.pac\n", {}
    )
    assert pac.pac_url == "http://pac.test/x.pac"
    assert from_kioslaverc("[Proxy Settings]\nProxyType=3\n", {}).auto_detect
    env = from_kioslaverc(
        "[Proxy Settings]\nProxyType=4\nhttpsProxy=CORP_PROXY\nNoProxyFor=CORP_NO\n",
        {"CORP_PROXY": "http://env.test:8080", "CORP_NO": "a.test,b.test"},
    )
    assert env.proxies == {"https": "http://env.test:8080"}
    assert env.bypass == ("a.test", "b.test")
    assert from_kioslaverc("[Proxy Settings]\nProxyType=0\nhttpProxy=x:1\n", {}).is_direct


def _connection_settings(flags: int) -> bytes:
    return struct.pack("<III", 0x46, 7, flags) + b"\x00" * 16


def test_wininet_manual_per_scheme_and_override() -> None:
    found = from_wininet({
        "ProxyEnable": 1,
        "ProxyServer": "http=proxy.corp.test:80;https=proxy.corp.test:443;ftp=x:21",
        "ProxyOverride": "*.corp.test;<local>",
    })  # fmt: skip
    assert found.proxies == {
        "http": "http://proxy.corp.test:80",
        "https": "http://proxy.corp.test:443",
    }
    assert found.bypass == ("*.corp.test",)
    assert from_wininet({"ProxyEnable": 0, "ProxyServer": "p.test:1"}).is_direct


def test_wininet_auto_config_url_and_auto_detect_from_flags() -> None:
    found = from_wininet({
        "ProxyEnable": 0,
        "AutoConfigURL": "http://pac.corp.test/proxy.pac",
        "DefaultConnectionSettings": _connection_settings(0x01 | 0x04 | 0x08),
    })  # fmt: skip
    assert found.pac_url == "http://pac.corp.test/proxy.pac" and found.auto_detect
    unticked = from_wininet({
        "AutoConfigURL": "http://pac.corp.test/proxy.pac",
        "DefaultConnectionSettings": _connection_settings(0x01),
    })  # fmt: skip
    assert unticked.is_direct


def _winhttp(flags: int, server: bytes, bypass: bytes) -> bytes:
    return (
        struct.pack("<IIII", 0x18, 3, flags, len(server)) + server
        + struct.pack("<I", len(bypass)) + bypass
    )  # fmt: skip


def test_winhttp_blob() -> None:
    found = from_winhttp(_winhttp(3, b"proxy.corp.test:8080", b"*.corp.test;<local>"))
    assert found.proxies["https"] == "http://proxy.corp.test:8080"
    assert found.bypass == ("*.corp.test", "<local>")
    assert from_winhttp(_winhttp(1, b"", b"")).is_direct
    assert from_winhttp(b"\x01\x02").is_direct


def test_read_settings_per_platform_from_fake_sources(tmp_path: Path) -> None:
    def command(arguments: list[str]) -> str:
        return {"scutil": SCUTIL_PAC, "gsettings": GSETTINGS_MANUAL}.get(arguments[0], "")

    registry = {
        ("HKEY_CURRENT_USER", WININET_KEY): {"AutoConfigURL": "http://pac.win.test/p.pac"},
        ("HKEY_CURRENT_USER", WININET_CONNECTIONS): {
            "DefaultConnectionSettings": _connection_settings(0x05)
        },
        ("HKEY_LOCAL_MACHINE", WINHTTP_KEY): {"WinHttpSettings": _winhttp(1, b"", b"")},
    }

    def read(hive: str, key: str) -> dict[str, object]:
        return dict(registry.get((hive, key), {}))

    win = read_settings("win32", {}, command, read)
    assert win.pac_url == "http://pac.win.test/p.pac"
    assert read_settings("darwin", {}, command, read).pac_url == "http://wpad.corp.test/proxy.pac"
    gnome = read_settings("linux", {"XDG_CURRENT_DESKTOP": "GNOME"}, command, read, tmp_path)
    assert gnome.source.startswith("GNOME")
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "kioslaverc").write_text("[Proxy Settings]\nProxyType=3\n")
    kde = read_settings("linux", {"XDG_CURRENT_DESKTOP": "KDE"}, command, read, tmp_path)
    assert kde.auto_detect
    env = {"HTTPS_PROXY": "http://env.test:1", "XDG_CURRENT_DESKTOP": "KDE"}
    assert read_settings("linux", env, command, read, tmp_path).source == "environment"
    assert read_settings("linux", {}, lambda _a: "", read, tmp_path).is_direct


def test_bypass_patterns_and_pac_answers() -> None:
    assert bypassed("gateway.icloud.com", ("*.icloud.com",))
    assert bypassed("icloud.com", (".icloud.com",))
    assert bypassed("idmsa.apple.com", ("apple.com",))
    assert not bypassed("notapple.com", ("apple.com",))
    assert not bypassed("apple.com.evil.test", ("apple.com",))
    assert first_route("PROXY p.test:3128; DIRECT", "pac").proxy == "http://p.test:3128"
    assert first_route("HTTPS s.test:443", "pac").proxy == "https://s.test:443"
    assert first_route("DIRECT", "pac").proxy is None
    assert first_route("SOCKS5 s.test:1080", "pac").label == "PROXY s.test:1080"
