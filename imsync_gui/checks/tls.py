"""TLS for the checks: the operating system's trust store, and who issued a presented certificate.

Verification is never switched off. To name the issuer of a certificate that does *not*
verify (an inspection appliance, a hijacking proxy), the handshake is driven by hand over
memory buffers with the verifying context; when verification fails, the chain the server
presented in that same failed handshake is read back with ``get_unverified_chain`` (public on
Python 3.13, present on the internal object since 3.10 and used by ``truststore`` itself) and
only its names are parsed with ``cryptography``. No second, unverified handshake is made, and
nothing is sent after the failure. If the chain cannot be read, the report says the certificate
could not be verified and quotes the verification error instead.
"""

from __future__ import annotations

import _ssl
import asyncio
import os
import re
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import truststore

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import classify, elapsed_ms
from imsync_gui.model.offthread import off_thread

_HASHED = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")


LINUX_CA_FILES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
"""Where Linux distributions keep the system CA bundle (the list truststore searches too)."""


def ssl_context(config: EndpointConfig) -> ssl.SSLContext:
    """A verifying client context over the OS trust store, plus the configured extra CA file.

    macOS and Windows use ``truststore`` (the system's own verifier, which trusts Apple's
    root). On Linux truststore only points OpenSSL at the system CA bundle, and re-reads it
    for every connection (about 30 ms of CPU each, holding the GIL); the same store is loaded
    once into a standard verifying context instead, reused until a CA file changes on disk.
    Contexts are never modified after they are built, so sharing them is safe.
    """
    if not sys.platform.startswith("linux"):
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if config.extra_ca_file is not None:
            context.load_verify_locations(cafile=config.extra_ca_file)
        return context
    with _LOCK:
        return _linux_context(config.extra_ca_file, _stamp(config.extra_ca_file))


_LOCK = threading.Lock()


def _stamp(extra: Path | None) -> tuple[float, ...]:
    defaults = ssl.get_default_verify_paths()
    places = (defaults.cafile, defaults.capath, *LINUX_CA_FILES, extra)
    return tuple(_mtime(p) for p in places)


def _mtime(path: str | Path | None) -> float:
    try:
        return os.stat(path).st_mtime if path else 0.0
    except OSError:
        return 0.0


@lru_cache(maxsize=4)
def _linux_context(extra: Path | None, _stamp: tuple[float, ...]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    defaults = ssl.get_default_verify_paths()
    capath = Path(defaults.capath) if defaults.capath else None
    if defaults.cafile or (capath and any(_HASHED.match(p.name) for p in capath.iterdir())):
        context.set_default_verify_paths()
    else:
        bundle = next((f for f in LINUX_CA_FILES if Path(f).is_file()), None)
        if bundle is not None:
            context.load_verify_locations(cafile=bundle)
    if extra is not None:
        context.load_verify_locations(cafile=extra)
    return context


async def warm_up(config: EndpointConfig) -> None:
    """Pay the first check suite's one-off costs now, on the checks' worker threads: start the
    pool, build the SSL context and load the certificate parser."""

    def prepare() -> None:
        ssl_context(config)
        import cryptography.x509  # noqa: F401 - what issuer_names() loads on the first certificate

    await off_thread(prepare)


async def ssl_context_async(config: EndpointConfig) -> ssl.SSLContext:
    """:func:`ssl_context` built off the event loop (loading a CA bundle takes a moment)."""
    return await off_thread(ssl_context, config)


@dataclass(frozen=True)
class PeerCertificate:
    """What one TLS handshake showed: the leaf's issuer and whether the chain verified."""

    host: str
    port: int
    verified: bool
    issuer: str
    issuer_org: str
    error: str
    handshake_ms: float


async def inspect_peer(
    host: str, port: int, context: ssl.SSLContext, timeout_s: float
) -> PeerCertificate:
    """Handshake with *host* using *context*; report the issuer whether or not it verifies.

    Raise NetFailure when no certificate was presented at all (no connection, no TLS).
    """
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout_s):
            reader, writer = await asyncio.open_connection(host, port)
            try:
                return await _handshake(host, port, context, reader, writer, start)
            finally:
                writer.close()
    except Exception as exc:
        raise classify(exc) from exc


async def _handshake(
    host: str,
    port: int,
    context: ssl.SSLContext,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    start: float,
) -> PeerCertificate:
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname=host)
    error = ""
    while True:
        try:
            tls.do_handshake()
            break
        except ssl.SSLWantReadError:
            writer.write(outgoing.read())
            await writer.drain()
            data = await reader.read(65536)
            if not data:
                raise ConnectionResetError("closed during the handshake") from None
            incoming.write(data)
        except ssl.SSLCertVerificationError as exc:
            error = f"{exc.verify_message or exc.reason} (code {exc.verify_code})"
            break
    took = elapsed_ms(start)
    issuer = _leaf_issuer(tls)
    if issuer is None:
        return PeerCertificate(host, port, not error, "", "", error or "no certificate", took)
    name, org = issuer
    return PeerCertificate(host, port, not error, name, org, error, took)


def _leaf_issuer(tls: ssl.SSLObject) -> tuple[str, str] | None:
    holder: object = tls
    while not hasattr(holder, "get_unverified_chain") and hasattr(holder, "_sslobj"):
        holder = holder._sslobj
    chain = getattr(holder, "get_unverified_chain", lambda: None)()
    if not chain:
        return None
    first = chain[0]
    der = first if isinstance(first, bytes) else first.public_bytes(_ssl.ENCODING_DER)
    return issuer_names(der)


def issuer_names(der: bytes) -> tuple[str, str]:
    """The issuer of a DER certificate as readable text, such as "Apple Public Server RSA CA
    12 - G1 (Apple Inc.)", and its organisation."""
    from cryptography import x509  # ~40 ms and ~9 MiB: imported when a certificate arrives

    name = x509.load_der_x509_certificate(der).issuer

    def attribute(oid: x509.ObjectIdentifier) -> str:
        values = name.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    common = attribute(x509.NameOID.COMMON_NAME)
    org = attribute(x509.NameOID.ORGANIZATION_NAME)
    unit = attribute(x509.NameOID.ORGANIZATIONAL_UNIT_NAME)
    label = common or unit or name.rfc4514_string()
    return (f"{label} ({org})" if org and org != label else label), org
