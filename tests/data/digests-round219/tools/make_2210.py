#!/usr/bin/env python3
r"""2210: a psql start-up file (`~/.psqlrc`: `\set` variables, `\pset` options, `\x auto`, `\timing`, prompts, saved
queries kept in variables) of an invented Dutch researcher whose LLM-evaluation reading club list is a saved VALUES
query: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) with their titles in the rows,
`arXiv:2204.02311` in a `--` comment, titles alone in comments; non-papers (the PostgreSQL docs, a repository, a book,
a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2210)
TXT = fill(r'''-- ~/.psqlrc -- Sanne de Wit-Verhoeven <sanne.dewit@evaluatie-lab.example.nl>
-- Zie https://www.postgresql.org/docs/current/app-psql.html voor alle variabelen.
\set QUIET 1

\pset null '∅'
\pset border 2
\pset linestyle unicode
\x auto
\timing on

\set COMP_KEYWORD_CASE upper
\set HISTCONTROL ignoredups
\set HISTSIZE 5000
\set ON_ERROR_ROLLBACK interactive
\set VERBOSITY verbose
\set PROMPT1 '%[%033[1;32m%]%n@%/%[%033[0m%]%R%# '
\set PROMPT2 '%R%# '

-- Veelgebruikte queries: typ :traag of :sloten
\set traag 'SELECT pid, now() - query_start AS duur, left(query, 60) AS query FROM pg_stat_activity WHERE state <> ''idle'' ORDER BY duur DESC;'
\set sloten 'SELECT locktype, relation::regclass, mode, granted FROM pg_locks WHERE NOT granted;'

-- Leesclub LLM-evaluatie (donderdag, Kees zit voor): :leesclub toont het blok van dit kwartaal
\set leesclub 'SELECT * FROM (VALUES (1, ''[[T:2201.11903]]'', ''https://openreview.net/forum?id=_VjQlMeSB_J''), (2, ''[[T:2303.18223]]'', ''https://arxiv.org/abs/2303.18223''), (3, ''[[T:2308.03688]]'', ''https://arxiv.org/pdf/2308.03688v2''), (4, ''[[T:2307.09288]]'', ''http://arxiv.org/abs/2307.09288''), (5, ''dashboard'', ''https://github.com/evaluatie-lab/leesclub-db'')) AS t(week, titel, link) ORDER BY week;'

-- Reserve, nog zonder link in de tabel:
--   [[T:2204.02311]] (arXiv:2204.02311)
--   [[T:2206.07682]]
--   [[T:2207.05221]]
--   [[T:2304.03442]] -- past eigenlijk beter bij de agenten-club
-- Boek voor de nieuwe mensen: "SQL Performance Explained" (Markus Winand). Opname vorige sessie:
-- https://video.evaluatie-lab.example.nl/leesclub/2024-09

\set QUIET 0
\echo 'psql klaar -- :traag, :sloten, :leesclub'
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
