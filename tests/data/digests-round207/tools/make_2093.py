#!/usr/bin/env python3
"""2093: an ADIF log (.adi) exported from an invented Indonesian club station's logger, Indonesian header text and
COMMENT / NOTES fields (the club's weekly "paper net"): one OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v2`,
`http://`), one `arXiv NNNN.NNNNN`, titles alone; non-papers (the ADIF spec, a book, the repository, a talk). ASCII,
field lengths computed by the builder. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2093)
import re
HDR = 'Log stasiun klub YB0ZZX -- ekspor mingguan (Jaring Baca Paper, Kamis malam)\nDibuat oleh Rina Kartikasari (rina.kartikasari@orari-baca.example.or.id)\nRepo: https://github.com/orari-baca/log-jaring ; spesifikasi ADIF: https://adif.org/ (ADIF 3.1.4)\nBuku: "The ARRL Handbook for Radio Communications"; rekaman: https://video.orari-baca.example.or.id/rekaman/2024-03\n'
HEAD = [('ADIF_VER', '3.1.4'), ('CREATED_TIMESTAMP', '20240315 142210'), ('PROGRAMID', 'LogJaring'), ('PROGRAMVERSION', '0.9.2')]
QSOS = [[('CALL', 'YC1ZQX'), ('QSO_DATE', '20240307'), ('TIME_ON', '1305'), ('BAND', '40m'), ('MODE', 'SSB'), ('FREQ', '7.085'), ('RST_SENT', '59'), ('RST_RCVD', '57'), ('COMMENT', 'bahas [[T:2201.11903]] https://openreview.net/forum?id=[[ID:ORCOT]]')], [('CALL', 'YD2ZXK'), ('QSO_DATE', '20240307'), ('TIME_ON', '1312'), ('BAND', '40m'), ('MODE', 'SSB'), ('FREQ', '7.085'), ('RST_SENT', '57'), ('RST_RCVD', '55'), ('COMMENT', 'usul minggu depan: [[T:2308.03688]] - https://arxiv.org/abs/2308.03688')], [('CALL', 'YB9ZQW'), ('QSO_DATE', '20240307'), ('TIME_ON', '1320'), ('BAND', '40m'), ('MODE', 'SSB'), ('FREQ', '7.086'), ('RST_SENT', '55'), ('RST_RCVD', '55'), ('COMMENT', '[[T:2304.03442]]'), ('NOTES', 'link: https://arxiv.org/pdf/2304.03442v2 ; dia suka bagian memori')], [('CALL', 'YC3ZJB'), ('QSO_DATE', '20240314'), ('TIME_ON', '1302'), ('BAND', '40m'), ('MODE', 'SSB'), ('FREQ', '7.085'), ('RST_SENT', '59'), ('RST_RCVD', '59'), ('COMMENT', 'robotika: [[T:2204.01691]] http://arxiv.org/abs/2204.01691')], [('CALL', 'YD1ZRT'), ('QSO_DATE', '20240314'), ('TIME_ON', '1309'), ('BAND', '40m'), ('MODE', 'SSB'), ('FREQ', '7.085'), ('RST_SENT', '57'), ('RST_RCVD', '57'), ('COMMENT', '[[T:2106.01345]] (arXiv 2106.01345)')], [('CALL', 'YB4ZMN'), ('QSO_DATE', '20240314'), ('TIME_ON', '1317'), ('BAND', '80m'), ('MODE', 'CW'), ('FREQ', '3.525'), ('RST_SENT', '599'), ('RST_RCVD', '579'), ('COMMENT', 'RL: [[T:2101.03958]]'), ('NOTES', 'juga: [[T:2006.05990]]')], [('CALL', 'YC8ZDA'), ('QSO_DATE', '20240314'), ('TIME_ON', '1331'), ('BAND', '40m'), ('MODE', 'FT8'), ('FREQ', '7.074'), ('RST_SENT', '-08'), ('RST_RCVD', '-12'), ('COMMENT', 'keamanan LLM, [[T:2307.15043]]')]]
IDS = {'ORCOT': OR('2201.11903')}

def fld(name, value):
    return f"<{name}:{len(value)}>{value}"


def build():
    lines = [HDR.rstrip('\n')]
    lines.append(' '.join(fld(k, v) for k, v in HEAD))
    lines.append('<EOH>')
    for q in QSOS:
        vals = [(k, fill(v, IDS)) for k, v in q]
        lines.append(' '.join(fld(k, v) for k, v in vals[:8]))
        lines.append(' '.join(fld(k, v) for k, v in vals[8:]) + ' <EOR>')
    return '\n'.join(lines) + '\n'


TXT = build()
assert TXT.isascii()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
