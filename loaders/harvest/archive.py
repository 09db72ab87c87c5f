"""Every raw response a harvest received, kept in the data folder: the body as a file, and
in an SQLite index its URL, retrieval time, status, ETag/Last-Modified, SHA-256, and the
hash last loaded into the store; plus what the site said about each meeting.

Each response is written (file, then index row, in one commit) as soon as it arrives, so
a harvest killed at any moment resumes from what it already has.
"""

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from govgraph.loaders.harvest.client import Fetched

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    url TEXT PRIMARY KEY, file TEXT NOT NULL, retrieved TEXT NOT NULL, status INTEGER NOT NULL,
    etag TEXT, last_modified TEXT, sha256 TEXT NOT NULL, loaded_sha256 TEXT);
CREATE TABLE IF NOT EXISTS meetings (
    id TEXT PRIMARY KEY, committee_id TEXT, committee TEXT, date TEXT, status TEXT,
    minutes_published INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS runs (finished TEXT NOT NULL, outcome TEXT NOT NULL, message TEXT NOT NULL);
"""


@dataclass(frozen=True)
class StoredResponse:
    """A response held in the archive."""

    url: str
    path: Path
    retrieved: str
    status: int
    etag: str | None
    last_modified: str | None
    sha256: str
    loaded_sha256: str | None

    def body(self) -> bytes:
        """The response body as received."""
        return self.path.read_bytes()

    @property
    def loaded(self) -> bool:
        """This very body is the one in the store."""
        return self.loaded_sha256 == self.sha256


class Archive:
    """The raw responses of one site, below ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "responses").mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(folder / "index.sqlite")
        self._db.executescript(_SCHEMA)

    def get(self, url: str) -> StoredResponse | None:
        """What the archive holds for ``url``."""
        row = self._db.execute("SELECT url, file, retrieved, status, etag, last_modified, sha256, loaded_sha256 "
                               "FROM responses WHERE url = ?", (url,)).fetchone()
        return StoredResponse(row[0], self.folder / row[1], *row[2:]) if row else None

    def put(self, fetched: Fetched, name: str) -> StoredResponse:
        """Keep a response as file ``name`` (a 304 only refreshes the retrieval time of the copy held)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        held = self.get(fetched.url)
        if fetched.unchanged and held:
            with self._db:
                self._db.execute("UPDATE responses SET retrieved = ? WHERE url = ?", (now, fetched.url))
            return self.get(fetched.url)
        name = f"responses/{name}"
        partial = self.folder / (name + ".part")
        partial.write_bytes(fetched.body)
        os.replace(partial, self.folder / name)
        digest = hashlib.sha256(fetched.body).hexdigest()
        with self._db:
            self._db.execute(
                "INSERT INTO responses (url, file, retrieved, status, etag, last_modified, sha256) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET file = excluded.file, "
                "retrieved = excluded.retrieved, status = excluded.status, etag = excluded.etag, "
                "last_modified = excluded.last_modified, sha256 = excluded.sha256",
                (fetched.url, name, now, fetched.status, fetched.etag, fetched.last_modified, digest))
        return self.get(fetched.url)

    def mark_loaded(self, url: str, sha256: str) -> None:
        """Record that this body of ``url`` is now in the store."""
        with self._db:
            self._db.execute("UPDATE responses SET loaded_sha256 = ? WHERE url = ?", (sha256, url))

    def meeting_published(self, meeting_id: str) -> bool | None:
        """Whether the meeting's minutes were out when last fetched; None if never fetched."""
        row = self._db.execute("SELECT minutes_published FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        return bool(row[0]) if row else None

    def put_meeting(self, meeting_id: str, committee_id: str, committee: str, day: str, status: str,
                    minutes_published: bool) -> None:
        """Record what the site said of a meeting."""
        with self._db:
            self._db.execute(
                "INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "committee_id = excluded.committee_id, committee = excluded.committee, date = excluded.date, "
                "status = excluded.status, minutes_published = excluded.minutes_published",
                (meeting_id, committee_id, committee, day, status, int(minutes_published)))

    def record_run(self, outcome: str, message: str) -> None:
        """Record how a harvest ended: ``done``, ``blocked`` (the site refused us) or ``failed``."""
        with self._db:
            self._db.execute("INSERT INTO runs VALUES (?, ?, ?)",
                             (datetime.now(UTC).isoformat(timespec="seconds"), outcome, message))

    def last_run(self) -> tuple[str, str] | None:
        """The outcome and message of the last harvest."""
        row = self._db.execute("SELECT outcome, message FROM runs ORDER BY rowid DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else None

    def close(self) -> None:
        """Close the index."""
        self._db.close()
