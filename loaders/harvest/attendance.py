"""A ModernGov attendance page (``mgMeetingAttendance.aspx``): who was expected at a
meeting, in what role, and whether they came, from its table of attendees."""

from bs4 import BeautifulSoup


def read_attendance(data: bytes) -> list[tuple[str, str, str]]:
    """``(name, role, attendance)`` of each row of the page's attendance table (the table
    whose header names an attendee or member column and an attendance column)."""
    soup = BeautifulSoup(data, "html.parser")
    for table in soup.find_all("table"):
        header = [" ".join(cell.get_text(" ").split()).lower() for cell in table.find_all("th")]
        name = next((i for i, h in enumerate(header) if h.startswith(("attendee", "member", "name", "councillor"))),
                    None)
        attendance = next((i for i, h in enumerate(header) if h.startswith("attendance")), None)
        if name is None or attendance is None:
            continue
        role = next((i for i, h in enumerate(header) if h.startswith("role")), None)
        rows = []
        for row in table.find_all("tr"):
            cells = [" ".join(td.get_text(" ").split()) for td in row.find_all("td")]
            if len(cells) > max(name, attendance) and cells[name]:
                rows.append((cells[name], cells[role] if role is not None and role < len(cells) else "",
                             cells[attendance]))
        return rows
    return []
