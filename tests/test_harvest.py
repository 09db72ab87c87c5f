"""Harvesting a ModernGov site, against a local server replaying real answers (the samples in
``../shared/eval/moderngov/``) and invented ones for each quirk a real site has."""

import itertools
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from replay_server import Answer, ReplayServer
from typer.testing import CliRunner

from govgraph.cli import app
from govgraph.loaders.harvest.archive import Archive
from govgraph.loaders.harvest.attendance import read_attendance
from govgraph.loaders.harvest.client import HarvestError, SiteClient
from govgraph.loaders.harvest.service import plain_title, windows
from govgraph.store import KnowledgeStore

SERVICE = "/mgWebService.asmx"
EMPTY = (b"<?xml version='1.0'?><getmeetings><meetingscount>0</meetingscount><committeescount>0</committeescount>"
         b"</getmeetings>")
GG = "PREFIX gg: <https://w3id.org/govgraph/ontology#> "
runner = CliRunner()


def harvest(home: Path, site: str, *args: str):
    return runner.invoke(app, ["--home", str(home), "harvest", site, "--delay", "0.2", *args])


def sample(shared: Path, name: str) -> bytes:
    return (shared / "eval" / "moderngov" / name).read_bytes()


def manchester(server: ReplayServer, shared: Path) -> None:
    """The recorded Manchester answers: three committees, the Audit Committee's meetings (one
    cancelled) and the meeting of 10 February 2026."""
    server.route(f"{SERVICE}/GetCommittees", Answer(sample(shared, "03_manchester_GetCommittees.xml"), etag='"c1"'))
    server.route(f"{SERVICE}/GetMeetings", Answer(EMPTY), key="lCommitteeId", value="*")
    server.route(f"{SERVICE}/GetMeetings", Answer(sample(shared, "02_manchester_GetMeetings_committee144.xml"),
                                                  etag='"m1"'), key="lCommitteeId", value="144")
    server.route(f"{SERVICE}/GetMeeting", Answer(sample(shared, "01_manchester_GetMeeting_4967.xml"), etag='"x1"'),
                 key="lMeetingId", value="4967")


def meeting_xml(meeting_id: str, day: str, items: list[tuple[str, str, str]], *, published: bool = True,
                committee: str = "Audit Committee", attendees: str = "") -> bytes:
    """An invented GetMeeting answer: items of (number, title, minutes HTML), or (…, 'exempt')."""
    parts = []
    for number, title, minutes, *flags in items:
        escaped = minutes.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts.append(f"<agendaitem><agendaitemtitle>{title}</agendaitemtitle><agendaitemnumber>{number}"
                     f"</agendaitemnumber><minutesitemnumber>{number}</minutesitemnumber><minutesnonemptyhtmlbody>"
                     f"{escaped if published else ''}</minutesnonemptyhtmlbody><isrestricted>"
                     f"{'True' if 'exempt' in flags else 'False'}</isrestricted>"
                     f"<refertocommittee>{committee}</refertocommittee></agendaitem>")
    return (f"<?xml version='1.0' encoding='utf-8'?><meeting><meetingid>{meeting_id}</meetingid>"
            f"<meetingdate>{day}</meetingdate><minutepublished>{published}</minutepublished><agendaitems>"
            f"{''.join(parts)}</agendaitems><attendees>{attendees}</attendees></meeting>").encode()


def listing(committee_id: str, title: str, meetings: list[tuple[str, str, str]]) -> bytes:
    rows = "".join(f"<meeting><meetingid>{m}</meetingid><meetingdate>{d}</meetingdate><meetingstatus>{s}"
                   f"</meetingstatus></meeting>" for m, d, s in meetings)
    return (f"<?xml version='1.0'?><getmeetings><committee><committeeid>{committee_id}</committeeid><committeetitle>"
            f"{title}</committeetitle><committeemeetings>{rows}</committeemeetings></committee></getmeetings>").encode()


def committees_xml(*entries: tuple[str, str]) -> bytes:
    rows = "".join(f"<committee><committeeid>{i}</committeeid><committeetitle>{t}</committeetitle><committeedeleted>"
                   "False</committeedeleted><committeeexpired>False</committeeexpired></committee>" for i, t in entries)
    return f"<?xml version='1.0'?><committees>{rows}</committees>".encode()


MINUTES = ("<p>Ms Dana Frost, Head of Audit, presented the annual audit plan to the Committee.</p>"
           "<p>RESOLVED: That the annual audit plan be approved.</p>")


def invented_site(server: ReplayServer, meetings: dict[str, bytes], title: str = "Audit Committee") -> None:
    """One committee (id 7) whose listing holds ``meetings`` (id → GetMeeting answer), all held in 2025."""
    server.route(f"{SERVICE}/GetCommittees", Answer(committees_xml(("7", title))))
    server.route(f"{SERVICE}/GetMeetings", Answer(listing("7", title, [
        (m, f"{10 + i:02d}/03/2025", "Confirmed") for i, m in enumerate(meetings)])), key="lCommitteeId", value="7")
    for meeting_id, body in meetings.items():
        server.route(f"{SERVICE}/GetMeeting", Answer(body), key="lMeetingId", value=meeting_id)


def documents(home: Path):
    with KnowledgeStore(home / "store") as store:
        return store.documents()


def index(home: Path, sql: str) -> list[tuple]:
    [folder] = (home / "harvest").iterdir()
    with sqlite3.connect(folder / "index.sqlite") as db:
        return db.execute(sql).fetchall()


# the Manchester Audit Committee, from the recorded answers


def test_a_harvest_loads_the_audit_committee_meeting_with_its_attendees_items_source_and_council(shared, tmp_path):
    with ReplayServer() as server:
        manchester(server, shared)
        result = harvest(tmp_path, server.url, "--since", "2026-01-01", "--until", "2026-03-31")
    assert result.exit_code == 0, result.output
    asked = [(s.path, s.query.get("lMeetingId")) for s in server.requests(f"{SERVICE}/GetMeeting")]
    assert asked == [(f"{SERVICE}/GetMeeting", "4967")]  # not the cancelled meeting of 13 January
    [doc] = documents(tmp_path)
    assert (doc.body, doc.date, doc.council) == ("Audit Committee", "2026-02-10", "Manchester City Council")
    assert doc.source == f"{server.url}{SERVICE}/GetMeeting?lMeetingId=4967"
    with KnowledgeStore(tmp_path / "store") as store:
        rows = store.select("""PREFIX gg: <https://w3id.org/govgraph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?name WHERE { ?a a gg:Attendance ; gg:attendee ?p . ?p foaf:name ?name }""")
        items = store.select("PREFIX gg: <https://w3id.org/govgraph/ontology#> SELECT ?i WHERE { ?i a gg:AgendaItem }")
    assert [str(r["name"]) for r in rows] == ["Basil Curley"]
    assert len(items) == 2
    stored = index(tmp_path, "SELECT url, status, etag, sha256, retrieved FROM responses ORDER BY url")
    assert {u.split("?")[0].rsplit("/", 1)[1] for u, *_ in stored} == {"GetCommittees", "GetMeetings", "GetMeeting"}
    assert all(status == 200 and len(sha) == 64 and retrieved for _, status, _, sha, retrieved in stored)
    assert "3 committees, 2 meetings in the period (1 cancelled, 0 not yet held); 1 asked" in " ".join(
        result.output.split())


def test_a_rerun_asks_only_for_what_can_have_changed_and_loads_nothing_unchanged(shared, tmp_path):
    with ReplayServer() as server:
        manchester(server, shared)
        assert harvest(tmp_path, server.url, "--since", "2026-01-01", "--until", "2026-03-31").exit_code == 0
        first = len(server.log)
        again = harvest(tmp_path, server.url, "--since", "2026-01-01", "--until", "2026-03-31")
        rerun = server.log[first:]
        assert again.exit_code == 0, again.output
        # the committee list, conditionally (answered 304); the settled period and its published meeting are not asked
        assert [(s.path, s.headers.get("If-None-Match")) for s in rerun] == [(f"{SERVICE}/GetCommittees", '"c1"')]
        refreshed = harvest(tmp_path, server.url, "--since", "2026-01-01", "--until", "2026-03-31", "--refresh")
        assert refreshed.exit_code == 0
        assert "1 asked, 1 unchanged" in " ".join(refreshed.output.split())  # asked again, same body: not reloaded
        assert all("If-None-Match" not in s.headers for s in server.log[first + len(rerun):])
    assert len(documents(tmp_path)) == 1


def test_requests_keep_the_delay_and_name_govgraph(shared, tmp_path):
    with ReplayServer() as server:
        manchester(server, shared)
        result = runner.invoke(app, ["--home", str(tmp_path), "harvest", server.url, "--delay", "0.4",
                                     "--since", "2026-01-01", "--until", "2026-03-31"])
    assert result.exit_code == 0
    times = [s.at for s in server.log]
    assert len(times) >= 5 and min(b - a for a, b in itertools.pairwise(times)) >= 0.38
    assert all(s.headers["User-Agent"].startswith("govgraph/") and "w3id.org/govgraph" in s.headers["User-Agent"]
               for s in server.log)


# quirks, each with invented answers


def test_dates_the_service_ignores_and_other_committees_it_adds_are_filtered_here(tmp_path):
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", [("1", "Audit Plan", MINUTES)])})
        server.route(f"{SERVICE}/GetMeetings", Answer(listing("7", "Audit Committee", [
            ("1", "10/03/2025", "Confirmed"), ("2", "10/03/2019", "Confirmed")]) + b""), key="lCommitteeId", value="7")
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
    assert result.exit_code == 0, result.output
    assert [s.query["lMeetingId"] for s in server.requests(f"{SERVICE}/GetMeeting")] == ["1"]
    meetings = server.requests(f"{SERVICE}/GetMeetings")[0].query
    assert (meetings["sFromDate"], meetings["sToDate"]) == ("01/01/2025", "31/12/2025")  # dd/mm/yyyy, never ISO


def test_double_encoded_titles_are_read_as_people_write_them(tmp_path):
    title = "Health &amp;amp; Wellbeing Board"
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", [("1", "Audit Plan", MINUTES)], committee=title)},
                      title=title)
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31",
                         "--committee", "Health & Wellbeing Board")
    assert result.exit_code == 0, result.output
    assert [d.body for d in documents(tmp_path)] == ["Health & Wellbeing Board"]
    assert plain_title("A &amp;amp; B") == "A & B" and plain_title("Tom &amp; Jerry") == "Tom & Jerry"


def test_a_bot_check_is_recorded_as_blocked_and_keeps_what_was_stored(shared, tmp_path):
    with ReplayServer() as server:
        manchester(server, shared)
        assert harvest(tmp_path, server.url, "--since", "2026-01-01", "--until", "2026-03-31").exit_code == 0
        server.route(f"{SERVICE}/GetCommittees", Answer(b"<html><body>Please complete the captcha</body></html>", 403,
                                                        content_type="text/html"))
        blocked = harvest(tmp_path, server.url, "--since", "2026-01-01", "--until", "2026-03-31")
    assert blocked.exit_code == 1
    line = blocked.output.strip().splitlines()[-1]
    assert "blocked" in line and "GetCommittees" in line
    [folder] = (tmp_path / "harvest").iterdir()
    archive = Archive(folder)
    outcome, message = archive.last_run()
    archive.close()
    assert outcome == "blocked" and "GetCommittees" in message
    assert len(documents(tmp_path)) == 1


def test_a_server_error_is_retried_and_retry_after_honoured(tmp_path):
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", [("1", "Audit Plan", MINUTES)])})
        good = server.routes[(f"{SERVICE}/GetMeeting", "1")][0]
        server.route(f"{SERVICE}/GetMeeting", Answer(b"busy", 503, headers={"Retry-After": "1"}), Answer(b"oops", 500),
                     good, key="lMeetingId", value="1")
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
    assert result.exit_code == 0, result.output
    tries = [s.at for s in server.requests(f"{SERVICE}/GetMeeting")]
    assert len(tries) == 3 and tries[1] - tries[0] >= 0.95 and tries[2] - tries[1] >= 0.19
    assert len(documents(tmp_path)) == 1


def test_a_slow_answer_past_the_timeout_is_tried_again(tmp_path):
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", [("1", "Audit Plan", MINUTES)])})
        good = server.routes[(f"{SERVICE}/GetMeeting", "1")][0]
        server.route(f"{SERVICE}/GetMeeting", Answer(good.body, pause=2.0), good, key="lMeetingId", value="1")
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31", "--timeout", "0.5")
    assert result.exit_code == 0, result.output
    assert len(server.requests(f"{SERVICE}/GetMeeting")) == 2 and len(documents(tmp_path)) == 1


def test_a_site_that_stays_down_is_a_one_line_error(tmp_path):
    with ReplayServer() as server:
        invented_site(server, {})
        server.route(f"{SERVICE}/GetCommittees", Answer(b"down", 502))
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("error: ") and "HTTP 502" in result.output
    assert "Traceback" not in result.output


def test_malformed_xml_fails_that_meeting_only(tmp_path):
    with ReplayServer() as server:
        invented_site(server, {"1": b"<meeting><meetingid>1</meeting", "2": meeting_xml(
            "2", "11/03/2025", [("1", "Audit Plan", MINUTES)])})
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
    assert result.exit_code == 1
    [error] = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert "lMeetingId=1" in error and "malformed XML" in error
    assert len(documents(tmp_path)) == 1


def test_minutes_published_after_the_first_harvest_are_loaded_on_the_next(tmp_path):
    items = [("1", "Audit Plan", MINUTES)]
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", items, published=False)})
        assert harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31").exit_code == 0
        server.route(f"{SERVICE}/GetMeeting", Answer(meeting_xml("1", "10/03/2025", items)), key="lMeetingId",
                     value="1")
        second = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
        assert second.exit_code == 0
        third_from = len(server.log)
        assert harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31").exit_code == 0
        # published now, and long past: not asked a third time
        assert [s.path for s in server.log[third_from:]] == [f"{SERVICE}/GetCommittees"]
    with KnowledgeStore(tmp_path / "store") as store:
        decisions = store.select(GG + "SELECT ?d WHERE { ?d a gg:Decision }")
    assert len(decisions) == 1 and len(documents(tmp_path)) == 1


def test_an_exempt_twin_and_a_section_heading_are_not_items(tmp_path):
    items = [("0", "PART A - PUBLIC ITEMS", ""), ("1", "Audit Plan", MINUTES),
             ("2", "Audit Plan", "<p>Exempt: not for publication.</p>", "exempt")]
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", items)})
        assert harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31").exit_code == 0
    with KnowledgeStore(tmp_path / "store") as store:
        titles = store.select(GG + "PREFIX dcterms: <http://purl.org/dc/terms/> "
                              "SELECT ?t WHERE { ?i a gg:AgendaItem ; dcterms:title ?t }")
    assert [str(r["t"]) for r in titles] == ["Audit Plan"]


def test_attendance_comes_from_the_attendance_page_where_the_service_names_no_one(tmp_path):
    page = (b"<html><body><table class='mgTable'><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>"
            b"<tr><td>Councillor Ruth Amberley</td><td>Chair</td><td>Present</td></tr>"
            b"<tr><td>Councillor Owen Pike</td><td>Committee Member</td><td>Apologies</td></tr></table></body></html>")
    with ReplayServer() as server:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", [("1", "Audit Plan", MINUTES)])})
        server.route("/mgMeetingAttendance.aspx", Answer(page, content_type="text/html"), key="ID", value="1")
        assert harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31").exit_code == 0
    with KnowledgeStore(tmp_path / "store") as store:
        rows = store.select("""PREFIX gg: <https://w3id.org/govgraph/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?name ?kind WHERE { ?a a gg:Attendance ; gg:attendee ?p ; gg:attendanceKind ?kind .
            ?p foaf:name ?name }""")
    assert sorted((str(r["name"]), str(r["kind"])) for r in rows) == [("Owen Pike", "apologies"),
                                                                      ("Ruth Amberley", "present")]
    assert read_attendance(b"<html><table><tr><td>no header</td></tr></table></html>") == []


def test_a_killed_harvest_resumes_without_asking_again_for_what_it_holds(tmp_path):
    meetings = {str(m): meeting_xml(str(m), f"{10 + i:02d}/03/2025", [("1", f"Plan {m}", MINUTES)])
                for i, m in enumerate((1, 2, 3))}
    with ReplayServer() as server:
        invented_site(server, meetings)
        hang = server.routes[(f"{SERVICE}/GetMeeting", "3")][0]
        server.route(f"{SERVICE}/GetMeeting", Answer(hang.body, pause=60), hang, key="lMeetingId", value="3")
        command = [str(Path(sys.executable).parent / "govgraph"), "--home", str(tmp_path), "harvest", server.url,
                   "--delay", "0.2", "--timeout", "120", "--since", "2025-01-01", "--until", "2025-12-31"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not any(s.query.get("lMeetingId") == "3" for s in server.log) and time.monotonic() < deadline:
            time.sleep(0.05)
        process.kill()
        process.wait()
        before = len(server.log)
        resumed = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
        assert resumed.exit_code == 0, resumed.output
        asked = [s.query.get("lMeetingId") for s in server.log[before:] if s.path == f"{SERVICE}/GetMeeting"]
    assert asked == ["3"]  # 1 and 2 were kept, and are loaded now without asking again
    assert len(documents(tmp_path)) == 3


def test_no_request_goes_anywhere_but_the_site_given(tmp_path):
    with ReplayServer() as server, ReplayServer() as elsewhere:
        invented_site(server, {"1": meeting_xml("1", "10/03/2025", [("1", "Audit Plan", MINUTES)])})
        server.route(f"{SERVICE}/GetMeeting", Answer(b"", 302, headers={
            "Location": f"{elsewhere.url}{SERVICE}/GetMeeting?lMeetingId=1"}), key="lMeetingId", value="1")
        result = harvest(tmp_path, server.url, "--since", "2025-01-01", "--until", "2025-12-31")
    assert result.exit_code == 1 and "not on the site" in result.output
    assert elsewhere.log == []


# the parts


def test_periods_are_asked_in_windows_of_at_most_a_year():
    parts = windows(date(2020, 1, 1), date(2023, 6, 30))
    assert parts[0][0] == date(2020, 1, 1) and parts[-1][1] == date(2023, 6, 30)
    assert all((end - start).days < 366 for start, end in parts)
    assert all((b[0] - a[1]).days == 1 for a, b in itertools.pairwise(parts))


def test_a_delay_below_the_polite_minimum_is_refused():
    with pytest.raises(HarvestError, match=r"at least 0\.2"):
        SiteClient("https://example.org/", delay=0.1)


def test_a_council_of_the_registry_is_harvested_from_its_own_site():
    from govgraph.loaders.harvest.run import resolve_site

    site = resolve_site("Manchester City Council")
    assert site.base_url == "https://democracy.manchester.gov.uk/" and site.council.code == "MAN"
    with pytest.raises(HarvestError, match="councils of the registry match"):
        resolve_site("Borough")
