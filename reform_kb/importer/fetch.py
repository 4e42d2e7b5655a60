"""Fetch a web address that an editor gave, safely (issue 15, "Lägg till källa").

The server fetches what a logged-in editor asks for, so the address must not be a way to reach
what only the server can reach (server-side request forgery): the machine itself, the private
network, a cloud's metadata service. So:

- http and https only, no user name or password in the address;
- the host name is resolved here and *every* address it resolves to must be public
  (`ipaddress.is_global`: no loopback, private, link-local, shared, reserved or multicast
  addresses, IPv4-mapped IPv6 included); the connection then goes to the address that was checked,
  so a name cannot resolve to a public address for the check and a private one for the request;
- each redirect is checked again the same way, at most MAX_REDIRECTS of them;
- at most KB_FETCH_MAX_BYTES bytes (refused up front when Content-Length says more) and
  KB_FETCH_TIMEOUT_SECONDS seconds in all;
- only web pages, PDF files and plain text (by Content-Type).

Each refusal is a `FetchRefused` with a Swedish message for the editor. KB_FETCH_ALLOWED_HOSTS lists
host names that may be private anyway: for tests (a local test server), empty in production.
"""

from __future__ import annotations

import datetime
import http.client
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils import timezone

MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = "reform_kb (kunskapsbank om nya socialtjänstlagen)"
# What can be imported, by Content-Type, and the file suffix it is stored and parsed under.
MEDIA_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}


class FetchRefused(Exception):
    """The address was not fetched; str() says why, in Swedish, for the editor."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the bytes came from, after redirects
    data: bytes
    media_type: str
    suffix: str
    retrieved: datetime.date


def fetch(url: str, *, resolve=socket.getaddrinfo) -> Fetched:
    """The bytes at `url`, or FetchRefused. `resolve` is getaddrinfo (replaced in tests)."""
    deadline = time.monotonic() + settings.KB_FETCH_TIMEOUT_SECONDS
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        parts = check_address(current)
        address = _public_address(parts.hostname, parts.port or _default_port(parts.scheme), resolve)
        response, connection = _request(parts, address, deadline)
        try:
            location = response.getheader("Location")
            if response.status in {301, 302, 303, 307, 308} and location:
                current = urljoin(current, location)
                continue
            return _body(current, response, deadline)
        finally:
            connection.close()
    raise FetchRefused(f"Adressen omdirigerar mer än {MAX_REDIRECTS} gånger; den hämtades inte.")


def check_address(url: str):
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 – raises ValueError for a port that is not a number
    except ValueError as exc:
        raise FetchRefused("Adressen är inte en giltig webbadress.") from exc
    if parts.scheme not in {"http", "https"}:
        raise FetchRefused("Bara adresser som börjar med http:// eller https:// kan hämtas.")
    if not parts.hostname:
        raise FetchRefused("Adressen saknar värdnamn (till exempel www.exempel.se).")
    if parts.username or parts.password:
        raise FetchRefused("Adresser med användarnamn eller lösenord hämtas inte.")
    return parts


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def _public_address(host: str, port: int, resolve) -> str:
    """The address to connect to: every address `host` resolves to must be public, unless the
    host is allowed by KB_FETCH_ALLOWED_HOSTS (tests)."""
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"Värdnamnet {host} kunde inte slås upp; finns adressen?") from exc
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise FetchRefused(f"Värdnamnet {host} kunde inte slås upp; finns adressen?")
    allowed = host.lower() in {h.lower() for h in settings.KB_FETCH_ALLOWED_HOSTS}
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        mapped = getattr(ip, "ipv4_mapped", None)
        if not allowed and not (mapped or ip).is_global:
            raise FetchRefused(
                f"Adressen {host} leder till {text}, en lokal, privat eller reserverad adress. "
                "Sådana hämtas inte, av säkerhetsskäl."
            )
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to the address that was checked, not to whatever the name resolves to now."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """As _PinnedHTTP, with TLS verified against the host name."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _request(parts, address: str, deadline: float):
    connection_class = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    connection = connection_class(
        parts.hostname, parts.port or _default_port(parts.scheme), address, timeout=_left(deadline)
    )
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request(
            "GET",
            path,
            headers={"User-Agent": USER_AGENT, "Accept": ", ".join(MEDIA_TYPES), "Accept-Encoding": "identity"},
        )
        return connection.getresponse(), connection
    except TimeoutError as exc:
        connection.close()
        raise FetchRefused("Servern svarade inte i tid.") from exc
    except (OSError, http.client.HTTPException) as exc:
        connection.close()
        raise FetchRefused(f"Servern kunde inte nås ({exc.__class__.__name__}).") from exc


def _body(url: str, response, deadline: float) -> Fetched:
    if response.status != 200:
        raise FetchRefused(f"Servern svarade {response.status} {response.reason}; inget hämtades.")
    media_type = (response.getheader("Content-Type") or "").split(";", 1)[0].strip().lower()
    if media_type not in MEDIA_TYPES:
        raise FetchRefused(
            f"Adressen ger {media_type or 'en okänd filtyp'}; bara webbsidor, PDF-filer och ren text kan importeras."
        )
    limit = settings.KB_FETCH_MAX_BYTES
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchRefused(f"Filen är för stor ({int(length):,} byte; gränsen är {limit:,} byte).".replace(",", " "))
    chunks, size = [], 0
    try:
        while chunk := response.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise FetchRefused(f"Filen är för stor (mer än {limit:,} byte).".replace(",", " "))
            if time.monotonic() > deadline:
                raise FetchRefused("Hämtningen tog för lång tid och avbröts.")
            chunks.append(chunk)
    except TimeoutError as exc:
        raise FetchRefused("Servern svarade inte i tid.") from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchRefused(f"Hämtningen avbröts ({exc.__class__.__name__}).") from exc
    if not size:
        raise FetchRefused("Adressen gav en tom fil.")
    return Fetched(url, b"".join(chunks), media_type, MEDIA_TYPES[media_type], timezone.localdate())


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchRefused("Hämtningen tog för lång tid och avbröts.")
    return left
