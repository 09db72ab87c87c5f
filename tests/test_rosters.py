"""Attendance rosters: a label and the block of names under it, in the layouts minutes use."""

from conftest import names, names_read, posts_held


def events(facts) -> list[tuple[str, str]]:
    return sorted((facts.people[a.person].name, a.event) for a in facts.attendance)


def test_a_label_on_its_own_line_takes_the_names_on_the_lines_below(read_minutes):
    f = read_minutes("Licensing Panel - 3 March 2022\n\nPresent:\n\nCouncillors Lowe, Mack and Nash.\n\n"
                     "Officials in attendance:\nPriya Wadhwa, Licensing Manager\nTomasz Zielinski\n\n"
                     "1. Apologies\nThere were no apologies.\n")
    assert events(f) == [("Lowe", "present"), ("Mack", "present"), ("Nash", "present"),
                         ("Priya Wadhwa", "present"), ("Tomasz Zielinski", "present")]


def test_a_heading_and_one_name_a_line_with_surnames_in_capitals(read_minutes):
    f = read_minutes("Committee Members Present:\n\nCOUNCILLORS\n\nBailie Morag QUINLAN\n\nFergus A DRUMMOND\n\n"
                     "Isla M R BAIRD\n\n2. Minutes\nThe minutes were noted.\n")
    assert events(f) == [("Fergus A Drummond", "present"), ("Isla M R Baird", "present"),
                         ("Morag Quinlan", "present")]


def test_names_run_together_where_a_table_was_flattened(read_minutes):
    f = read_minutes("Members Present: K L Abernethy T J Brennock Mrs D Corran\n\n"
                     "Apology: W Dunphy S P Egan\n\n1 Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("D Corran", "present"), ("K L Abernethy", "present"), ("S P Egan", "apologies"),
                         ("T J Brennock", "present"), ("W Dunphy", "apologies")]


def test_initials_with_full_stops_and_honorifics_inside_a_titled_list(read_minutes):
    f = read_minutes("Attendance Details\n\nCouncillor R.T. Fairweather (Chairman); Councillors Mrs. P.L. Gorringe, "
                     "H.N. Hubbard and Ms. A. Ingleby.\n\n3. Declarations of Interest\nNone were made.\n")
    assert events(f) == [("A Ingleby", "present"), ("H N Hubbard", "present"), ("P L Gorringe", "present"),
                         ("R T Fairweather", "present")]


def test_posts_before_a_dash_are_not_people_and_the_name_after_it_is(read_minutes):
    f = read_minutes("Officers Present : Chief Executive – B Okafor Head of Legal Services – C Pryce\n\n"
                     "In Attendance : Ms Dana Frost, Area Manager for East Division, Coastal Housing Trust\n\n"
                     "1 Welcome\nThe Chair welcomed everyone.\n")
    assert names(f) == ["B Okafor", "C Pryce", "Dana Frost"]
    assert {a.event for a in f.attendance} == {"present"}


def test_a_page_flattened_to_one_line_still_splits_at_its_labels(read_minutes):
    f = read_minutes("Special Meeting held on 4 May 2021 In the Chair: Councillor V Rourke In attendance: "
                     "(Councillors) Councillor P Sands Councillor E Tully (Officials) Mr K Upton, Director of "
                     "Finance Apologies: Councillor N Vance 12/2021 DECLARATIONS There were no declarations.")
    assert events(f) == [("E Tully", "present"), ("K Upton", "present"), ("N Vance", "apologies"),
                         ("P Sands", "present"), ("V Rourke", "present")]


def test_a_roster_stops_at_prose_and_a_substitute_for_someone_is_not_present(read_minutes):
    f = read_minutes("Present:\nMrs G Harlow\nR Ibbotson – substitute for J Jeffers\n"
                     "Borough Cllr Kettle and one member of the public\n\n"
                     "Report of the Clerk – Cllr Lomax spoke about the allotments.\n")
    assert events(f) == [("G Harlow", "present"), ("Kettle", "present"), ("R Ibbotson", "present"),
                         ("R Ibbotson", "substitute")]


def test_an_unlabelled_run_of_names_with_their_initials_is_an_attendance_list(read_minutes):
    f = read_minutes("Accountability Board\n14th June 2022\n1. Welcome and introductions\n"
                     "PFCC Orla Brennan (OB)\nTariq Haddad (TH)\nACC Wendell Price (WP)\n"
                     "Apologies were accepted from Superintendent Sowerby\nOB welcomed everyone to the meeting.\n"
                     "Domestic Abuse\nResidential Burglary\n")
    assert events(f) == [("Orla Brennan", "present"), ("Sowerby", "apologies"), ("Tariq Haddad", "present"),
                         ("Wendell Price", "present")]


def test_a_titled_list_line_without_a_label_and_a_lead_in_that_gives_apologies(read_minutes):
    f = read_minutes("Minutes of the Meeting of Oakbridge Town Council held on 2 May 2023.\n\n"
                     "Cllrs R Abbot, S Bexley (Deputy Mayor), T Crowe and U Dimmock\n\n"
                     "Apologies for absence were received on behalf of the following partners:\n"
                     "Inspector Hal Voss (Oakshire Police); Ms Wren Yates (Oakbridge Housing Trust)\n\n"
                     "1 Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("Hal Voss", "apologies"), ("R Abbot", "present"), ("S Bexley", "present"),
                         ("T Crowe", "present"), ("U Dimmock", "present"), ("Wren Yates", "apologies")]


def test_a_title_before_a_list_of_surnames_carries_to_the_surnames(read_minutes):
    f = read_minutes("Present:  Cllr Ashdown, Beverley, Cotter and Dunmore\n"
                     "Also present:  Mr P Godwin – Conservation, Design and Landscape Manager\n\n"
                     "1. Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("Ashdown", "present"), ("Beverley", "present"), ("Cotter", "present"),
                         ("Dunmore", "present"), ("P Godwin", "present")]


def test_a_recorded_vote_is_not_a_roster_and_a_roster_stops_at_the_next_section(read_minutes):
    f = read_minutes("Content: Apologies: Cllr S Orme Declarations of Interest: Councillors Pell and Quist made "
                     "declarations.\n\n5. Budget\nForA. B. Carr, D. Dunn and E. Eyre 3\nAgainstF. Ford, G. Gill 2\n")
    assert events(f) == [("S Orme", "apologies")]


def test_an_attendance_table_with_a_code_column_and_its_legend(read_minutes):
    f = read_minutes("Board Attendance\nP: Present  A: Apologies  Ab: Absent\n\nP  Jane Doyle\nA  Tom Roe\n"
                     "Ab  Cllr Una Vickers\nP  Dr Ravi Iyer\n\n1. Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("Jane Doyle", "present"), ("Ravi Iyer", "present"), ("Tom Roe", "apologies"),
                         ("Una Vickers", "absent")]


def test_an_agenda_item_title_as_the_label(read_minutes):
    f = read_minutes("2. Minutes\nAgreed.\n3. Officers Present\nMrs K Lomas, Clerk\nMr D Pryor, Treasurer\n"
                     "4. Planning\nNo applications.\n")
    assert events(f) == [("D Pryor", "present"), ("K Lomas", "present")]


def test_plural_titles_honours_and_surname_particles_in_lists(read_minutes):
    f = read_minutes("Present: Aldermen P Gray, R Hall and S Ibbot; Councillors T Marsh OBE, V Noble and "
                     "W Orr; Dr Anna van Dijk and Cllr de Souza.\n\n1. Minutes\nAgreed.\n")
    assert events(f) == [("Anna van Dijk", "present"), ("P Gray", "present"), ("R Hall", "present"),
                         ("S Ibbot", "present"), ("T Marsh", "present"), ("V Noble", "present"),
                         ("W Orr", "present"), ("de Souza", "present")]


def test_a_capitals_label_before_untitled_names_run_together(read_minutes):
    f = read_minutes("HARBOUR BOARD MINUTES OF THE BOARD MEETING held at the Pier Hall PRESENT Iwan Parry Gareth "
                     "McLeod Susan Price Ruth Hale In Attendance: Owen Tudor Apologies: Carys Hope\n\n"
                     "1. Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("Carys Hope", "apologies"), ("Gareth McLeod", "present"), ("Iwan Parry", "present"),
                         ("Owen Tudor", "present"), ("Ruth Hale", "present"), ("Susan Price", "present")]


def test_welsh_digraph_initials_belong_to_the_name(read_minutes):
    f = read_minutes("Present:\nCouncillors C. Ll. Morgan, R. Ll. Pryce, Ff. Owen and H.A.L. Vaughan\n\n"
                     "1. Minutes\nThe minutes were agreed.\n")
    assert sorted(p.name for p in f.people.values()) == ["C Ll Morgan", "Ff Owen", "H A L Vaughan", "R Ll Pryce"]


def test_a_sentence_after_an_apologies_list_does_not_make_the_apologies_present(read_minutes):
    f = read_minutes("MINUTES OF A MEETING OF FULL COUNCIL PRESENT: Cllr A Brook Cllr C Evans APOLOGIES: Cllr J Colley "
                     "Cllr L Pepper The Town Clerk was in attendance.\n\n1. Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("A Brook", "present"), ("C Evans", "present"), ("J Colley", "apologies"),
                         ("L Pepper", "apologies")]


def test_members_of_the_public_and_apologies_glued_to_their_item_number(read_minutes):
    f = read_minutes("Harbour Board - 3 March 2022\n\nMembers of the Public: Molly Baxter, Lawrence Baxter.\n\n"
                     "8 Chairman's Announcements\nNone.\n\n9Apologies for absence were received from Councillors "
                     "Mrs. G.L. Cirrus and B.C. Cowley.\n\n10 Minutes\nThe minutes were agreed.\n")
    assert events(f) == [("B C Cowley", "apologies"), ("G L Cirrus", "apologies"), ("Lawrence Baxter", "present"),
                         ("Molly Baxter", "present")]


def test_a_roster_ends_where_a_new_paragraph_opens_with_a_named_presenter(read_minutes):
    f = read_minutes("Agenda item\n\nBudget Monitoring\n\nApologies: Councillors Cole and Dunn.\n\n"
                     "Ms Jane Fletcher, Interim Chief Executive, presented the budget monitoring report.\n")
    assert events(f) == [("Cole", "apologies"), ("Dunn", "apologies")]


def test_a_time_beside_a_present_name_is_when_they_joined(read_minutes):
    f = read_minutes("Harbour Board - 3 March 2022\n\nPresent: Councillors A Bell, S Quinn (7.28pm) and T Roe\n\n"
                     "1. Minutes\nAgreed.\n")
    assert events(f) == [("A Bell", "present"), ("S Quinn", "joined"), ("S Quinn", "present"), ("T Roe", "present")]


def test_an_apologies_item_need_not_say_apologies_again(read_minutes):
    f = read_minutes("Harbour Board - 3 March 2022\n\n1. Apologies for Absence\nThese were received from Councillor "
                     "R.J. Hale (Fenwick Council) and Ms. S. Lewis (Moorton Community Council).\n\n2. Minutes\n"
                     "The minutes were received from the clerk by Councillor Bell.\n")
    assert events(f) == [("R J Hale", "apologies"), ("S Lewis", "apologies")]


def test_everyone_listed_before_declared_declared_an_interest(read_minutes):
    f = read_minutes("Harbour Board - 3 March 2022\n\n1. Declarations of Interest\n\n1       Councillors Bell and Roe "
                     "declared that they had sat on the Ferry Panel.\n2       In respect of Item 7 Councillors Bell, "
                     "Lowe and Roe each declared that they knew the applicant.\n\n2. Harbour Dues\nCouncillors Kerr "
                     "and Pike declared a personal interest in the item. Councillor Mack spoke.\n")
    assert events(f) == [("Bell", "declared_interest"), ("Kerr", "declared_interest"), ("Lowe", "declared_interest"),
                         ("Pike", "declared_interest"), ("Roe", "declared_interest")]


def test_who_stood_in_for_whom(read_minutes):
    f = read_minutes("Audit Committee - 17 April 2024\n\nPresent: Councillors Marsh (Chair), Neal and Orme (substitute "
                     "for Councillor Pike).\n\n1. Apologies\nApologies were received from Councillor Pike. Councillor "
                     "Quinn was substituted by Councillor Reid. Councillor Sims attended in place of Councillor "
                     "Tate.\n")
    stood_in = sorted((f.people[a.person].name, a.event, f.people[a.substitute_for].name)
                      for a in f.attendance if a.substitute_for)
    assert stood_in == [("Orme", "present", "Pike"), ("Reid", "substitute", "Quinn"), ("Sims", "substitute", "Tate")]


def test_a_recorded_vote_under_headings_names_its_voters_however_few(read_minutes):
    f = read_minutes("Full Council - 3 March 2022\n\n6. Budget\n\nA recorded vote was taken.\n\nFOR\n\n"
                     "G.H.I. Morris\n\nR.S. Vaughan\n\nAGAINST\n\nT.W. Lloyd\n\nABSTAIN\n\nD.E. Price\n\n"
                     "7. Close\nThe meeting closed.\n")
    assert names(f) == ["D E Price", "G H I Morris", "R S Vaughan", "T W Lloyd"]
    assert events(f) == []  # voting is not attendance


def test_a_declarations_table_flattened_to_a_cell_a_line(read_minutes):
    f = read_minutes("Executive Board - 3 March 2022\n\n2. Declarations of Personal Interest\n\nCouncillor\n\n"
                     "Minute Number\n\nNature of Interest\n\nG.H.I. Morris\n\n7 – Harbour Renewal Scheme\n\n"
                     "Brother is a director of Harbour Homes Ltd\n\nR.S. Vaughan\n\n9 – Leisure Strategy\n\n"
                     "Member of the Swimming Club\n\n3.\n\nMinutes\n\nThe minutes were agreed.\n")
    assert events(f) == [("G H I Morris", "declared_interest"), ("R S Vaughan", "declared_interest")]
    assert {p.honorific for p in f.people.values()} == {"Councillor"}


def test_a_place_and_a_short_acronym_in_a_roster_is_a_body_not_a_person(read_minutes):
    assert names_read(read_minutes, "Advice Services Panel - 3 March 2022\n\nPresent:\n\nMaria Lopez, Chairman, "
                                    "Kelby CAB\nOwen Pike - Vice Chairman, Kelby CAB\nAnn LEE\n\n1. Minutes\n"
                                    "Agreed.\n") == ["Ann Lee", "Maria Lopez", "Owen Pike"]


def test_a_surname_that_is_also_a_common_word_after_initials_or_a_given_name(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\nPresent: Councillors D Bridge, R Lane and Mrs S Park; "
                         "Mr T Reed (Clerk)\nVenue: Victoria Park Lane\n\n4. Budget\nMs Sue Lane explained the "
                         "figures. Representatives of Kelby Major Town Council attended. Thanks to the Mayor. "
                         "Could the figures be sent round?\n")
    assert events(facts) == [("D Bridge", "present"), ("R Lane", "present"), ("S Park", "present"),
                             ("T Reed", "present")]
    assert names(facts) == ["D Bridge", "R Lane", "S Park", "Sue Lane", "T Reed"]


def test_a_label_without_a_colon_before_a_name_and_a_body_in_capitals_after_a_full_name(read_minutes):
    facts = read_minutes("Notes of a meeting with the Kelby Advice Centres, 5 May 2021\n\n"
                         "Present Ann Bell Manager Kelby CAB\nTom Reed KACA\nJo LEE (Housing Officer)\n\n"
                         "1. The meeting had been convened by Ann Bell.\n")
    assert events(facts) == [("Ann Bell", "present"), ("Jo Lee", "present"), ("Tom Reed", "present")]


def test_a_title_a_pdf_ran_into_the_name(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\nPresent: Councillors Ashby, Dale and MrsHolt\n"
                         "Officers: Mr D Egan and MissJ Parr\n\n1. Apologies\nAn apology was sent by "
                         "Councillor MrsKane. The Drama Club met Mrs. Drake.\n")
    assert events(facts) == [("Ashby", "present"), ("D Egan", "present"), ("Dale", "present"), ("Holt", "present"),
                             ("J Parr", "present"), ("Kane", "apologies")]
    assert "Drake" in names(facts) and "Mrs" not in names(facts)


def test_officers_and_their_posts_flattened_to_one_line(read_minutes):
    facts = read_minutes("Present: Members Ann Bell (Chairman) Tom Reed (Vice-Chairman)\n\nOfficers Karen Moss "
                         "Chief Executive Paul Hart Head of Finance Julia Webb Head of Estates Steve Cole Director of "
                         "Coast and Planning Nina Ross, Ports Manager, Safety Lead KB/35/2018 MINUTES OF LAST "
                         "MEETING\n\n1. Minutes\nThe minutes were agreed.\n")
    assert events(facts) == [("Ann Bell", "present"), ("Julia Webb", "present"), ("Karen Moss", "present"),
                             ("Nina Ross", "present"), ("Paul Hart", "present"), ("Steve Cole", "present"),
                             ("Tom Reed", "present")]
    held = posts_held(facts)
    assert held["Nina Ross"] == ["Ports Manager, Safety Lead"]


def test_a_substitute_whose_given_name_is_not_listed(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\n4. Apologies\nMinutes: Apologies were sent by Cllr Ann "
                         "Bell, Tom Reed and Ed Cole (Oluwaseun Adeyemi substituting).\n")
    assert events(facts) == [("Ann Bell", "apologies"), ("Ed Cole", "apologies"),
                             ("Oluwaseun Adeyemi", "substitute"), ("Tom Reed", "apologies")]


def test_members_who_would_be_late_joined(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\n2. Announcements\nCouncillors A. Bell and T. Reed had "
                         "said they would be late.\n")
    assert events(facts) == [("A Bell", "joined"), ("T Reed", "joined")]


def test_a_numbered_minutes_heading_does_not_make_the_page_an_item_about_interests(read_minutes):
    facts = read_minutes("Minutes of the Meeting of Kelby Parish Council held on Monday 6th March 2023\n\nPresent: "
                         "Cllrs P Jones (Chairman) and R Smith\n\n1. Apologies: Cllr K Black.\n2. Declarations of "
                         "interest: None.\n3. Minutes: The minutes of the last meeting were approved.\n4. Highways: "
                         "Cllr Smith reported that the potholes had been repaired.\n")
    assert events(facts) == [("K Black", "apologies"), ("P Jones", "present"), ("R Smith", "present")]


def test_members_of_the_public_in_a_roster_do_not_end_it(read_minutes):
    facts = read_minutes("Kelby Parish Council, 6 March 2023\n\nPresent: Cllrs P Jones (Chairman) and R Smith\n"
                         "In attendance: 2 members of the public, County Cllr D Green\n\n1. Apologies\nNone.\n")
    assert events(facts) == [("D Green", "present"), ("P Jones", "present"), ("R Smith", "present")]
