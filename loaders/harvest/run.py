"""One harvest of a ModernGov site: list its committees, walk their meetings in windows of
at most a year, fetch each meeting that can have changed (and its attendance page where the
service names no attendees), keep every response, and load the meetings that changed.

A rerun asks only for what can have changed: the committee list (conditionally), listings
of periods not yet settled, and meetings that are recent, or whose minutes were not out when
last asked; the site answers "unchanged" (304) where it keeps validators. Meetings are
loaded in small batches as they arrive, so a harvest killed half-way resumes without asking
again for what it holds, and loads what it held but had not loaded.
"""

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from govgraph.iri import IriMinter, slugify
from govgraph.loaders.corrections import Corrections
from govgraph.loaders.councils import Council, council_for_text, council_for_url, named_exactly, search
from govgraph.loaders.harvest.archive import Archive, StoredResponse
from govgraph.loaders.harvest.attendance import read_attendance
from govgraph.loaders.harvest.client import HarvestError, NotFound, SiteClient
from govgraph.loaders.harvest.service import (
    Committee,
    MeetingEntry,
    ServiceError,
    attendance_path,
    committees_path,
    meeting_path,
    meeting_state,
    meetings_path,
    read_committees,
    read_meetings,
    windows,
)
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import LoadReport, load_sources
from govgraph.store import KnowledgeStore

RECENT_DAYS = 90  # a meeting this recent may still change (minutes are often published weeks later)
_BATCH = 20  # meetings loaded together


@dataclass(frozen=True)
class Site:
    """A ModernGov site: its base URL and the registry's council for it, if any."""

    base_url: str
    council: Council | None


def resolve_site(site: str) -> Site:
    """A base URL as given (the web-service path trimmed), or a council of the registry by
    name or code."""
    if site.startswith(("http://", "https://")):
        base = site.split("?")[0].removesuffix("/").removesuffix("/mgWebService.asmx")
        return Site(base + "/", council_for_url(base))
    exact = named_exactly(site)
    matches = [exact] if exact else search(site)
    if len(matches) != 1:
        names = ", ".join(c.name for c in matches[:5]) or "none"
        raise HarvestError(f"{site}: {len(matches)} councils of the registry match ({names}); give one council's "
                           "name or code (`govgraph councils SEARCH`), or the site's base URL")
    council = matches[0]
    return Site(council.base_url.rstrip("/") + "/", council)


def archive_folder(home: Path, base_url: str) -> Path:
    """Where a site's responses are kept in the data folder."""
    parts = urlsplit(base_url)
    return home / "harvest" / slugify(f"{parts.hostname}-{parts.port or ''}{parts.path}".strip("-"), 80)


@dataclass
class HarvestReport:
    """What a harvest did."""

    site: str
    council: str | None = None
    committees: list[Committee] = field(default_factory=list)
    listed: int = 0  # meetings in the period
    cancelled: int = 0
    upcoming: int = 0  # not yet held
    fetched: int = 0  # meetings asked for
    unchanged: int = 0  # of which the site (or the body's hash) said nothing changed
    load: LoadReport = field(default_factory=LoadReport)
    failed: list[str] = field(default_factory=list)
    requests: int = 0


@dataclass
class HarvestPlan:
    """The committees and the period a harvest covers."""

    committees: tuple[str, ...] = ()  # titles or ids; none: every committee not deleted
    since: date | None = None
    until: date | None = None
    refresh: bool = False
    council: str | None = None  # overrides the registry's


class Harvester:
    """Harvests one site into a store, keeping responses in an archive."""

    def __init__(self, client: SiteClient, archive: Archive, store: KnowledgeStore, minter: IriMinter,
                 site_council: Council | None, corrections: Corrections | None = None,
                 today: date | None = None) -> None:
        self.client, self.archive, self.store, self.minter = client, archive, store, minter
        self.site_council, self.corrections = site_council, corrections
        self.today = today or date.today()

    def run(self, plan: HarvestPlan, on_plan: Callable[[int], None] = lambda _: None,
            on_meeting: Callable[[], None] = lambda: None) -> HarvestReport:
        """Harvest the plan; ``on_plan`` gets the number of meetings to fetch, ``on_meeting`` is
        called after each. Raises :class:`HarvestError` when the site cannot be harvested at
        all (down, blocking); a single meeting that fails is reported and skipped."""
        report = HarvestReport(self.client.base_url, plan.council or (self.site_council.name if self.site_council
                                                                        else None))
        start = plan.since or self.today - timedelta(days=365)
        end = plan.until or self.today
        if start > end:
            raise HarvestError(f"--since {start} is after --until {end}")
        try:
            committees = self._committees(plan)
            report.committees = committees
            entries = self._listed(committees, start, end, plan.refresh)
            report.listed = len(entries)
            held = [e for e in entries if not e.cancelled and date.fromisoformat(e.date) <= self.today]
            report.cancelled = sum(e.cancelled for e in entries)
            report.upcoming = len(entries) - report.cancelled - len(held)
            due = [e for e in held if plan.refresh or self._may_have_changed(e)]
            on_plan(len(due))
            pending = self._unloaded([e for e in held if e not in due])  # held but not loaded: a resumed harvest
            for entry in due:
                pending += self._fetch(entry, plan.refresh, report)
                on_meeting()
                if len(pending) >= _BATCH:
                    self._load(pending, report)
                    pending = []
            self._load(pending, report)
        finally:
            report.requests = self.client.requests
        return report

    def _committees(self, plan: HarvestPlan) -> list[Committee]:
        stored = self._get(committees_path(), "committees.xml", plan.refresh)
        committees = read_committees(stored.body(), stored.url)
        if not plan.committees:
            return [c for c in committees if not c.deleted]
        chosen = []
        for wanted in plan.committees:
            found = [c for c in committees if wanted == c.id or wanted.casefold() == c.title.casefold()] or [
                c for c in committees if wanted.casefold() in c.title.casefold() and not c.deleted]
            if len(found) != 1:
                names = "; ".join(c.title for c in found[:5]) or "none"
                raise HarvestError(f"--committee {wanted!r}: {len(found)} committees of {self.client.base_url} "
                                   f"match ({names}); give its exact title or id")
            chosen.append(found[0])
        return chosen

    def _listed(self, committees: list[Committee], start: date, end: date, refresh: bool) -> list[MeetingEntry]:
        entries: dict[str, MeetingEntry] = {}
        for committee in committees:
            for low, high in windows(start, end):
                path = meetings_path(committee.id, low, high)
                held = self.archive.get(self.client.url(path))
                settled = held and date.fromisoformat(held.retrieved[:10]) > high + timedelta(days=RECENT_DAYS)
                name = f"meetings-{committee.id}-{low}-{high}.xml"
                stored = held if settled and not refresh else self._get(path, name, refresh)
                for entry in read_meetings(stored.body(), stored.url):
                    # the service may ignore the dates or the committee and answer with everything: filter here
                    if entry.committee_id == committee.id and low.isoformat() <= entry.date <= high.isoformat():
                        entries.setdefault(entry.id, entry)
        return sorted(entries.values(), key=lambda e: (e.date, e.id))

    def _may_have_changed(self, entry: MeetingEntry) -> bool:
        published = self.archive.meeting_published(entry.id)
        recent = date.fromisoformat(entry.date) >= self.today - timedelta(days=RECENT_DAYS)
        return published is None or not published or recent

    def _get(self, path: str, name: str, refresh: bool) -> StoredResponse:
        held = self.archive.get(self.client.url(path))
        fetched = self.client.get(path, *((held.etag, held.last_modified) if held and not refresh else (None, None)))
        file = Path(name)  # the site's ids go into file names: only safe characters
        return self.archive.put(fetched, slugify(file.stem, 80) + file.suffix)

    def _fetch(self, entry: MeetingEntry, refresh: bool, report: HarvestReport) -> list[tuple[MeetingEntry, list]]:
        """Fetch one meeting (and its attendance page where needed); the meeting if it is to
        be loaded."""
        report.fetched += 1
        try:
            meeting = self._get(meeting_path(entry.id), f"meeting-{entry.id}.xml", refresh)
            state = meeting_state(meeting.body(), meeting.url)
        except (ServiceError, NotFound) as exc:  # this meeting only; a site down or blocking stops the harvest
            report.failed.append(str(exc))
            self.archive.put_meeting(entry.id, entry.committee_id, entry.committee, entry.date, entry.status, False)
            return []
        attendance = None
        if not state.has_attendees:  # the attendance page, where the service names no one
            with suppress(NotFound):  # an install without the page: the minutes' own attendance is read instead
                attendance = self._get(attendance_path(entry.id), f"attendance-{entry.id}.html", refresh)
        self.archive.put_meeting(entry.id, entry.committee_id, entry.committee, entry.date, entry.status,
                                 state.minutes_published)
        if meeting.loaded and (attendance is None or attendance.loaded):
            report.unchanged += 1
            return []
        return [(entry, [meeting, attendance])]

    def _unloaded(self, entries: list[MeetingEntry]) -> list[tuple[MeetingEntry, list]]:
        pending = []
        for entry in entries:
            meeting = self.archive.get(self.client.url(meeting_path(entry.id)))
            attendance = self.archive.get(self.client.url(attendance_path(entry.id)))
            if meeting and (not meeting.loaded or (attendance and not attendance.loaded)):
                pending.append((entry, [meeting, attendance]))
        return pending

    def _load(self, pending: list[tuple[MeetingEntry, list]], report: HarvestReport) -> None:
        if not pending:
            return
        manifest = {}
        for entry, (meeting, attendance) in pending:
            council = report.council or self._council_named_by(meeting)
            report.council = report.council or council
            attendees = tuple(read_attendance(attendance.body())) if attendance else ()
            manifest[meeting.path.resolve()] = SourceMeta(council=council, body=entry.committee, date=entry.date,
                                                          url=meeting.url, title=f"{entry.committee}, {entry.date}",
                                                          attendees=attendees)
        loaded = load_sources(list(manifest), self.store, self.minter, manifest=manifest,
                              corrections=self.corrections)
        done = {d.path.resolve() for d in loaded.loaded}
        for _, responses in pending:
            if responses[0].path.resolve() in done:
                for response in filter(None, responses):
                    self.archive.mark_loaded(response.url, response.sha256)
        report.load.add(loaded)

    def _council_named_by(self, meeting: StoredResponse) -> str | None:
        """The registry's council whose domain the site's own answer names in its links."""
        found = council_for_text(meeting.body()[:200_000].decode("utf-8", errors="replace"))
        return found.name if found else None
