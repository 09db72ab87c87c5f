"""A polite HTTP client for one site: one connection, a delay between requests, a timeout,
retries with backoff on server errors and timeouts (``Retry-After`` honoured), conditional
requests, and no request to any other site.

Built on ``requests`` with ``urllib3``'s ``Retry``: connection pooling, retries with
exponential backoff and ``Retry-After`` are theirs, well kept and widely used.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from govgraph import __version__
from govgraph.errors import GovgraphError

USER_AGENT = f"govgraph/{__version__} (+https://w3id.org/govgraph; council minutes to a knowledge graph)"
MIN_DELAY = 0.2  # seconds between two requests to a site, at the least
_REDIRECTS = 3
_BOT_CHECK = ("captcha", "cf-chl", "challenge-platform", "are you a robot", "access denied", "bot check",
              "request unsuccessful", "incapsula")


class _PoliteRetry(Retry):
    """urllib3's retry policy, never trying again sooner than the delay between requests
    (its ``backoff_factor``): urllib3 retries the first failure at once."""

    def get_backoff_time(self) -> float:
        return max(self.backoff_factor, super().get_backoff_time())


class HarvestError(GovgraphError):
    """A site could not be harvested: down, timing out, blocking, or answering nonsense."""


class SiteBlocked(HarvestError):
    """The site refused govgraph (HTTP 403 or a bot-check page)."""


class NotFound(HarvestError):
    """The site has no such page (HTTP 404 or 410)."""


@dataclass(frozen=True)
class Fetched:
    """One response: the URL asked, its status (304: unchanged since the copy we hold), body
    and validators."""

    url: str
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def unchanged(self) -> bool:
        """The site said the copy we hold is current."""
        return self.status == 304


def looks_blocked(fetched: Fetched) -> bool:
    """A 403, or an HTML bot-check page where the site's data was expected."""
    if fetched.status == 403:
        return True
    head = fetched.body[:4000].decode("utf-8", errors="replace").lower()
    return "<html" in head and any(mark in head for mark in _BOT_CHECK)


class SiteClient:
    """GET requests to one site (scheme, host and port of ``base_url``) and nowhere else."""

    def __init__(self, base_url: str, delay: float = 1.0, timeout: float = 30.0, retries: int = 3,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if delay < MIN_DELAY:
            raise HarvestError(f"--delay {delay}: at least {MIN_DELAY} s between requests, to be polite to the site")
        self.base_url = base_url.rstrip("/") + "/"
        self.origin = _origin(self.base_url)
        self.delay, self.timeout, self._sleep = delay, timeout, sleep
        self._last: float | None = None
        self.requests = 0
        retry = _PoliteRetry(total=retries, connect=retries, read=retries, status=retries, other=0, redirect=0,
                      backoff_factor=delay, status_forcelist=(429, 500, 502, 503, 504), allowed_methods={"GET"},
                      respect_retry_after_header=True, raise_on_status=False, raise_on_redirect=False)
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": USER_AGENT})
        self._session.mount("http://", HTTPAdapter(pool_connections=1, pool_maxsize=1, max_retries=retry))
        self._session.mount("https://", HTTPAdapter(pool_connections=1, pool_maxsize=1, max_retries=retry))

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on the site."""
        return urljoin(self.base_url, path)

    def get(self, path: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``path`` (relative to the site, or an absolute URL on it), conditionally where
        validators are given; follows redirects only within the site."""
        url = self.url(path)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        for _ in range(_REDIRECTS + 1):
            if _origin(url) != self.origin:
                raise HarvestError(f"{url}: not on the site {self.base_url}; govgraph asks only the site it is given "
                                   "(pass the other address as SITE if the council has moved)")
            response = self._request(url, headers)
            if response.status_code in (301, 302, 303, 307, 308) and "Location" in response.headers:
                url = urljoin(url, response.headers["Location"])
                continue
            fetched = Fetched(url, response.status_code, response.content, response.headers.get("ETag"),
                              response.headers.get("Last-Modified"))
            if looks_blocked(fetched):
                raise SiteBlocked(f"{url}: the site blocked the request (HTTP {fetched.status}, a bot check?); "
                                  "try again later, with a longer --delay, or ask the council for access")
            if fetched.status in (404, 410):
                raise NotFound(f"{url}: HTTP {fetched.status}, the site has no such page")
            if fetched.status >= 400:
                raise HarvestError(f"{url}: HTTP {fetched.status} after {self.requests} requests; "
                                   "the site may be down, rerun later to resume")
            return fetched
        raise HarvestError(f"{url}: more than {_REDIRECTS} redirects")

    def _request(self, url: str, headers: dict[str, str]) -> requests.Response:
        if self._last is not None:
            self._sleep(max(0.0, self._last + self.delay - time.monotonic()))
        try:
            return self._session.get(url, headers=headers, timeout=self.timeout, allow_redirects=False)
        except requests.RequestException as exc:
            reason = "timed out" if isinstance(exc, requests.Timeout) or "timed out" in str(exc) else "unreachable"
            raise HarvestError(f"{url}: {reason} after retries ({type(exc).__name__}); the site may be down or "
                               "slow, rerun later to resume (what is stored is kept)") from exc
        finally:
            self.requests += 1
            self._last = time.monotonic()

    def close(self) -> None:
        """Close the connection."""
        self._session.close()


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port
