#!/usr/bin/env python3
"""1391: a terminal session (Hindi): a Pune-like robotics lab's student (अनन्या / `ananya`) steps through her small Perl
script that reads the group's reading list (a TSV file with Hindi notes) with the Perl debugger: `cat padhna.tsv`,
`perl -d padhna.pl padhna.tsv` — perl5db's banner, `main::(file:line):` location lines, `l` listing (`==>` the
current line, `:` after breakable lines), prompts `DB<n>` whose number grows only after commands of two characters or
more (single-letter `n` / `c` / `q` are not kept in history), `x` dumps (`0  HASH(0x…)`, keys sorted, three spaces
in, plain strings single-quoted, strings with wide characters double-quoted with `\\x{…}` escapes), `p` printing raw
text once `$DB::OUT` has a UTF-8 layer. Addresses are invented. Not papers: the CS285 course, a project page, Nature's
article page; DT, SayCan, ReAct, MemGPT, RT-2, AlphaGo Zero are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1391, keys, AGZ

COLS = ["id", "title", "link", "note"]
ROWS = [
 ["2106.01345", T("2106.01345"), "https://arxiv.org/abs/2106.01345", "सीक्वेंस मॉडलिंग से ऑफ़लाइन RL — गुरुवार की चर्चा"],
 ["", T("2106.02039"), "", "Trajectory Transformer; DT के साथ पढ़ना"],
 ["2204.01691", T("2204.01691"), "https://arxiv.org/abs/2204.01691", "SayCan — रसोई वाले रोबोट के डेमो देखें"],
 ["", T("2307.15818"), "https://robotics-transformer2.github.io", "प्रोजेक्ट पेज ही है, arXiv लिंक सूची में नहीं डाला"],
 ["2304.03442", T("2304.03442"), "", "ID है पर लिंक नहीं; स्मॉलविल वाला पेपर"],
 ["", T("2210.03629"), "https://openreview.net/forum?id=WE_vluYUL-X", "ICLR 2023, ReAct"],
 ["2310.08560", T("2310.08560"), "https://arxiv.org/pdf/2310.08560.pdf", "MemGPT — लंबी मेमोरी वाले एजेंट"],
 ["", AGZ, "https://www.nature.com/articles/nature24270", "arXiv पर नहीं है; लाइब्रेरी से PDF"],
 ["", "CS285 Deep Reinforcement Learning (Berkeley) — व्याख्यान 12", "https://rail.eecs.berkeley.edu/deeprlcourse/", "पेपर नहीं, कोर्स है"],
]
SRC = [
 "#!/usr/bin/perl", "use strict;", "use warnings;", "use utf8;", "# पढ़ने की सूची: TSV से हैश की सूची बनाओ",
 "my $file = shift // 'padhna.tsv';", "open my $fh, '<:encoding(UTF-8)', $file or die \"$file: $!\";",
 "my $header = <$fh>;", "chomp $header;", "my @cols = split /\\t/, $header;", "my @papers;",
 "while (my $line = <$fh>) {", "    chomp $line;", "    my %p;", "    @p{@cols} = split /\\t/, $line, -1;",
 "    push @papers, \\%p;", "}", "close $fh;", "# जिनका लिंक नहीं है, उन्हें अलग से छापो",
 "my @bina_link = grep { $_->{link} eq '' } @papers;",
 "binmode STDOUT, ':encoding(UTF-8)';",
 "printf \"%d में से %d बिना लिंक\\n\", scalar @papers, scalar @bina_link;",
]
BREAKABLE = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 21, 22}


def q(s):
    if all(32 <= ord(c) < 127 for c in s):
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
    out = []
    for c in s:
        if c in '\\"$@': out.append("\\" + c)
        elif ord(c) > 255: out.append("\\x{%x}" % ord(c))
        else: out.append(c)
    return '"' + "".join(out) + '"'


def xhash(i, addr):
    r = ROWS[i]
    return [f"0  HASH({addr})"] + [f"   {q(k)} => {q(v)}" for k, v in sorted(zip(COLS, r))]


def loc(n): return f"main::(padhna.pl:{n}):\t{SRC[n - 1]}"


hist = [1]
def prompt(cmd):
    s = f"  DB<{hist[0]}> {cmd}"
    if len(cmd) >= 2: hist[0] += 1
    return s


P = "ananya@robolab-ws:~/padhna$ "
S = [P + "cat padhna.tsv", "\t".join(COLS)] + ["\t".join(r) for r in ROWS]
S += [P + "perl -d padhna.pl padhna.tsv", "", "Loading DB routines from perl5db.pl version 1.73", "Editor support available.", "",
      "Enter h or 'h h' for help, or 'man perldebug' for more help.", "", loc(6)]
S.append(prompt("l 17-22"))
for n in range(17, 23):
    S.append(f"{n}{':' if n in BREAKABLE else ''}\t{SRC[n - 1]}")
S.append(prompt("c 20")); S.append(loc(20))
S.append(prompt("p scalar @papers")); S.append(str(len(ROWS)))
S.append(prompt("x $papers[0]")); S += xhash(0, "0x55d9c3a1f2e8")
S.append(prompt("x $papers[4]")); S += xhash(4, "0x55d9c3b04a10")
S.append(prompt("n")); S.append(loc(21))
S.append(prompt("x map { $_->{title} } @bina_link"))
S += [f"{i}  {q(r[1])}" for i, r in enumerate(r for r in ROWS if r[2] == "")]
S.append(prompt("x grep { $_->{link} =~ /openreview|nature/ } @papers"))
S += ["0  HASH(0x55d9c3b05198)"] + [f"   {q(k)} => {q(v)}" for k, v in sorted(zip(COLS, ROWS[5]))]
S += ["1  HASH(0x55d9c3b05a40)"] + [f"   {q(k)} => {q(v)}" for k, v in sorted(zip(COLS, ROWS[7]))]
S.append(prompt("p $papers[3]{note}"))
S.append("Wide character in print at (eval 14)[/usr/share/perl/5.36/perl5db.pl:742] line 2.")
S.append(ROWS[3][3])
S.append(prompt("binmode $DB::OUT, ':encoding(UTF-8)'"))
S.append(prompt("p $papers[3]{note}")); S.append(ROWS[3][3])
S.append(prompt("n")); S.append(loc(22))
S.append(prompt("n")); S.append(f"{len(ROWS)} में से {sum(1 for r in ROWS if r[2] == '')} बिना लिंक")
S.append("Debugged program terminated.  Use q to quit or R to restart,")
S.append("use o inhibit_exit to avoid stopping after program termination,")
S.append("h q, h R or h o to get additional info.")
S.append(prompt("q"))
S.append(P)
write_only(F1391, "\n".join(S) + "\n", keys(F1391))
