"""Fetching an editor's web address: what is refused, with which message, and what is fetched.

A local HTTP server stands in for the web; with default settings it is unreachable (127.0.0.1 is
loopback), and tests that fetch from it allow that one host explicitly, as the issue asks.
"""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reform_kb.importer.fetch import FetchRefused, fetch

PAGE = "<html><head><title>Svar</title></head><body><p>Socialtjänstlagen – ”ett svar”.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 – the name http.server calls
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.routes = {
        "/svar.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
        "/bild.png": (200, {"Content-Type": "image/png"}, b"\x89PNG"),
        "/stor.txt": (200, {"Content-Type": "text/plain"}, b"a" * 5000),
        "/vidare": (302, {"Location": "/svar.html"}, b""),
        "/till-privat": (302, {"Location": "http://10.0.0.1/hemligt"}, b""),
        "/till-ftp": (302, {"Location": "ftp://exempel.se/fil"}, b""),
        "/borta": (404, {}, b""),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def resolving_to(address: str):
    """A getaddrinfo that answers every name with `address` (what a hostile DNS record could do)."""

    def resolve(host, port, type=0):  # noqa: A002 – getaddrinfo's keyword
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    return resolve


def refusal(url: str, **kwargs) -> str:
    with pytest.raises(FetchRefused) as caught:
        fetch(url, **kwargs)
    return str(caught.value)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.1", "192.168.1.5", "169.254.169.254", "[::1]"])
def test_local_and_private_addresses_are_refused_with_default_settings(address):
    message = refusal(f"http://{address}/sida")
    assert "lokal, privat eller reserverad adress" in message
    assert "säkerhetsskäl" in message


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.1", "::ffff:10.0.0.1"])
def test_a_name_that_resolves_to_a_private_address_is_refused(address):
    message = refusal("http://intranat.exempel.se/", resolve=resolving_to(address))
    assert "intranat.exempel.se leder till" in message


def test_the_local_test_server_itself_is_refused_with_default_settings(server):
    assert "lokal" in refusal(f"{server}/svar.html")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://exempel.se/fil.pdf", "http:// eller https://"),
        ("file:///etc/passwd", "http:// eller https://"),
        ("https://anna:hemligt@exempel.se/", "lösenord"),
        ("https:///utan-vard", "värdnamn"),
        ("http://exempel.se:port/", "giltig webbadress"),
    ],
)
def test_addresses_that_are_not_plain_web_addresses_are_refused(url, words):
    assert words in refusal(url)


def test_a_name_that_does_not_resolve_is_refused_with_a_message():
    def fails(host, port, type=0):  # noqa: A002
        raise socket.gaierror("inget sådant namn")

    assert "kunde inte slås upp" in refusal("https://finns-inte.exempel.se/", resolve=fails)


def test_an_allowed_local_host_is_fetched_and_redirects_followed(server, settings):
    settings.KB_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    fetched = fetch(f"{server}/vidare")
    assert fetched.url == f"{server}/svar.html"
    assert fetched.data.decode() == PAGE
    assert (fetched.media_type, fetched.suffix) == ("text/html", ".html")


def test_a_redirect_to_a_private_address_is_refused_although_the_first_host_is_allowed(server, settings):
    settings.KB_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    assert "10.0.0.1" in refusal(f"{server}/till-privat")
    assert "http:// eller https://" in refusal(f"{server}/till-ftp")


def test_wrong_type_too_big_and_missing_pages_are_refused(server, settings):
    settings.KB_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.KB_FETCH_MAX_BYTES = 1000
    assert "image/png" in refusal(f"{server}/bild.png")
    assert "för stor" in refusal(f"{server}/stor.txt")
    assert "404" in refusal(f"{server}/borta")


def test_a_server_that_does_not_answer_in_time_is_given_up(settings):
    settings.KB_FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.KB_FETCH_TIMEOUT_SECONDS = 0.5
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts the connection, never answers
    try:
        assert "i tid" in refusal(f"http://127.0.0.1:{silent.getsockname()[1]}/")
    finally:
        silent.close()
