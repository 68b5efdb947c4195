#!/usr/bin/env python3
"""Builds digests/206_negative_man_page_troff_reading_group_tool.1: a NEGATIVE control, the man page of an (invented)
command-line tool that books rooms, keeps the talk list and mails a weekly digest of new arXiv listings for a reading
group, as troff source with the man(7) macros (what `man ./rgroom.1` renders): comment header, .TH with five fields,
.SH sections (NAME with "name \\- description", SYNOPSIS, DESCRIPTION, COMMANDS, OPTIONS, CONFIGURATION, EXAMPLES,
FILES, ENVIRONMENT, EXIT STATUS, BUGS, SEE ALSO, AUTHORS), .SS subsections in Title Case, .TP/.IP/.PP paragraphs,
.B/.I/.BR/.IR/.RB/.RI font macros, \\f escapes, \\- for every hyphen-minus of an option, \\(em, \\(lq…\\(rq, \\& before
a leading dot, .EX/.EE example blocks, .RS/.RE, .UR/.UE links; no blank lines, LF line ends.

Nothing in it is a paper: talk titles phrased like papers ("Sparse Mixtures, Dense Bills: Serving Experts on a Budget",
"What Fifty Evals Taught Us About Long Context", "Attention Budgets: A Field Guide to KV-Cache Eviction"), Title Case
subsection names, the arXiv listing/API/RSS URLs the tool polls, the placeholder YYMM.NNNNN, an OpenReview venue group
page, a Zenodo DOI of the tool, GitHub issue links, room numbers 1813.0042 and 1913.2207, confirmation number
2024.10317, ticket #4471, version numbers. Expected: []."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "206_negative_man_page_troff_reading_group_tool.1")

TEXT = r'''.\" Man page for rgroom(1).
.\" Copyright (c) 2022-2024 The rgroom authors.  MIT License.
.\" Please keep the source readable: one sentence per line, \- for every option dash.
.TH RGROOM 1 "2024-03-02" "rgroom 2.14.1" "User Commands"
.SH NAME
rgroom \- book rooms, keep the talk list and mail digests for a reading group
.SH SYNOPSIS
.B rgroom
.RI [ global\-options ]
.I command
.RI [ args ...]
.PP
.B rgroom book
.RB [ \-\-room
.IR ROOM ]
.RB [ \-\-repeat
.IR RULE ]
.I DATE
.br
.B rgroom talk add \-\-title
.I TITLE
.B \-\-speaker
.I NAME
.RB [ \-\-slides
.IR URL ]
.br
.B rgroom remind
.RB [ \-\-dry\-run ]
.br
.B rgroom feed
.RB [ \-\-category
.IR CAT ]
.RB [ \-\-since
.IR DAYS ]
.SH DESCRIPTION
.B rgroom
keeps the logistics of a reading group in one TOML file: room bookings, the list of talks, reminder e\-mails and a
weekly digest of new submissions in the categories the group follows.
It does not store papers.
The digest only links to the arXiv listing pages; what gets read is decided by people, in the meeting.
.PP
All state lives in
.IR ~/.config/rgroom/config.toml
and a small SQLite file (see
.BR FILES ).
Every command that changes state prints what it did and can be undone with
.BR "rgroom undo" .
.SH COMMANDS
.TP
.BI book " DATE"
Book a room through the facilities portal.
.I DATE
is an ISO date or one of
.BR today ,
.BR tomorrow ,
.BR next\-thu .
The portal answers with a confirmation number such as
.BR 2024.10317 ;
it is printed and stored so that
.B rgroom cancel
can find the booking again.
.TP
.B talk add
Add a talk to the list.
The title is free text and is used as given in the reminder and the calendar entry.
.TP
.B talk list
Print the talk list, oldest first, as a table (date, speaker, title, slides).
.TP
.B remind
Send the reminder e\-mail for the next session to the group address, with the room, the Zoom link and the title of
the talk.
With
.B \-\-dry\-run
the message is printed instead.
.TP
.B feed
Mail the weekly digest: for every category in
.B feed.categories
the new submissions of the last
.I DAYS
days (default 7), fetched from the listing page
.RI https://arxiv.org/list/ CAT /new
or, with
.BR \-\-api ,
from
.RI https://export.arxiv.org/api/query?search_query=cat: CAT &sortBy=submittedDate&sortOrder=descending .
Entries are shown as
.I YYMM.NNNNN
followed by the title and the first three authors; they are not saved anywhere.
.TP
.B venue
Open the venue page configured in
.B feed.venue
in a browser, to check submission deadlines.
The example configuration below points it at the ICLR 2025 group page on OpenReview.
.SH OPTIONS
.TP
.BR \-c ", " \-\-config =\fIFILE\fR
Read the configuration from
.I FILE
instead of the default.
.TP
.BR \-q ", " \-\-quiet
Only print errors.
.TP
.BR \-\-room =\fIROOM\fR
Room to book.
Rooms are written as in the facilities portal, building number, a dot and the room number, e.g.
.B 1813.0042
(building 1813, room 42) or
.BR 1913.2207 .
.TP
.BR \-\-repeat =\fIRULE\fR
An RFC\~5545 recurrence rule, e.g.
.BR FREQ=WEEKLY;BYDAY=TH;COUNT=12 .
.TP
.BR \-\-since =\fIDAYS\fR
Age limit of the digest entries.
.TP
.B \-\-version
Print the version (2.14.1) and exit.
.SH CONFIGURATION
.SS Talk Titles And Abstracts
Titles are copied verbatim into the calendar entry, so write them the way the speaker wants them shown.
Long titles are cut at 120 characters in the e\-mail subject only.
.SS Rooms, Links And Reminders
.EX
[group]
name     = "NLP reading group"
address  = "nlp\-rg@lists.example.org"
zoom     = "https://uva\-example.zoom.us/j/81234409917"
\&
[rooms]
default  = "1813.0042"
fallback = "1913.2207"
\&
[feed]
categories = ["cs.CL", "cs.LG"]
rss        = "https://rss.arxiv.org/rss/cs.CL"
venue      = "https://openreview.net/group?id=ICLR.cc/2025/Conference"
.EE
.SH EXAMPLES
Book the default room every Thursday for the spring term:
.PP
.RS
.EX
rgroom book \-\-repeat "FREQ=WEEKLY;BYDAY=TH;COUNT=12" 2024\-03\-07
.EE
.RE
.PP
Add the talks of March:
.PP
.RS
.EX
rgroom talk add \-\-title "Sparse Mixtures, Dense Bills: Serving Experts on a Budget" \e
    \-\-speaker "Priya Raman" \-\-slides https://speakerdeck.com/praman/sparse\-mixtures
rgroom talk add \-\-title "What Fifty Evals Taught Us About Long Context" \-\-speaker "Tom\('as Oliveira"
rgroom talk add \-\-title "Attention Budgets: A Field Guide to KV\-Cache Eviction" \-\-speaker "Hana Kova\[u010D]"
.EE
.RE
.PP
Preview the digest for the last two weeks of cs.CL without sending it:
.PP
.RS
.EX
rgroom feed \-\-category cs.CL \-\-since 14 \-\-dry\-run
.EE
.RE
.PP
Output looks like this (one block per entry):
.PP
.RS
.EX
[YYMM.NNNNN]  <title>
              <first author>, <second author>, <third author> et al.
              https://arxiv.org/abs/YYMM.NNNNN
.EE
.RE
.SH FILES
.TP
.I ~/.config/rgroom/config.toml
User configuration.
.TP
.I ~/.local/share/rgroom/state.sqlite
Bookings (with their confirmation numbers), talks and the digest send log.
.TP
.I /usr/share/doc/rgroom/examples/
Example configurations, including the one above.
.SH ENVIRONMENT
.TP
.B RGROOM_SMTP_URL
SMTP server for
.B remind
and
.BR feed ,
e.g.
.BR smtps://mail.example.org:465 .
.TP
.B RGROOM_PORTAL_TOKEN
Token for the facilities portal.
.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 2
Usage error.
.TP
.B 3
The portal refused the booking (room taken); see ticket #4471 for the double\-booking bug in portal 5.2.
.TP
.B 4
The listing page could not be fetched.
.SH BUGS
The portal sometimes confirms a booking twice; the second confirmation number is ignored.
Report other bugs at
.UR https://github.com/rgroom/rgroom/issues
.UE .
.SH SEE ALSO
.BR crontab (5),
.BR mail (1),
.BR rgroom.toml (5)
.PP
.I The Reading Group Handbook
.UR https://rgroom.readthedocs.io/en/stable/handbook.html
.UE
.PP
To cite the software: doi:10.5281/zenodo.10493381 (all versions).
.SH AUTHORS
Noor Haddad, Sem de Wit and contributors.
'''

assert "\n\n" not in TEXT and not any(l != l.rstrip() for l in TEXT.split("\n"))
check_no_distractor(TEXT, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
print(OUT, len(TEXT))
