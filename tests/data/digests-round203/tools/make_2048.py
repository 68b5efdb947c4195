#!/usr/bin/env python3
"""2048: a GNU Radio Companion flowgraph (`trascrivi_fm.grc`, GRC 3.10 YAML, file_format 1) of an invented FM
transcription bench, Italian: arXiv links (`/abs/`, `/pdf/….pdf`, `http://…v2`) and one OpenReview forum link in note
blocks and block comments, one id in text, three titles alone, and non-papers (a repository, GNU Radio's wiki, a
book, a talk, a dataset). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2048)
STATES = '''  states:
    bus_sink: false
    bus_source: false
    bus_structure: null
    coordinate: [{x}, {y}]
    rotation: {r}
    state: enabled'''


def st(x, y, r=0):
    return STATES.format(x=x, y=y, r=r)


def block(name, bid, params, x, y, r=0):
    out = [f"- name: {name}", f"  id: {bid}", "  parameters:"]
    for k, v in sorted(params.items()):
        out.append(f"    {k}: {v}")
    return "\n".join(out) + "\n" + st(x, y, r)


def q(s):
    assert '"' not in s and "\\" not in s
    return f'"{s}"'


OPT = {"author": q("Giulia Ferrante"), "catch_exceptions": "'True'", "category": "'[GRC Hier Blocks]'",
       "cmake_opt": "''", "comment": "''", "copyright": q("2024 Laboratorio Onde e Parole"),
       "description": q("Ricezione FM a 98.3 MHz, demodulazione e registrazione WAV a 16 kHz per la trascrizione "
                        "automatica (progetto ondeparole). Codice: https://github.com/onde-parole/trascrivi-fm"),
       "gen_cmake": "'On'", "gen_linking": "dynamic", "generate_options": "qt_gui", "hier_block_src_path": "'.:'",
       "id": "trascrivi_fm", "max_nouts": "'0'", "output_language": "python", "placement": "(0,0)",
       "qt_qss_theme": "''", "realtime_scheduling": "''", "run": "'True'", "run_command": "'{python} -u {filename}'",
       "run_options": "prompt", "sizing_mode": "fixed", "thread_safe_setters": "''",
       "title": q("Trascrizione FM - banco di prova"), "window_size": "(1000,1000)"}

BLOCKS = [
    block("samp_rate", "variable", {"comment": "''", "value": "'2400000'"}, 184, 12),
    block("audio_rate", "variable", {"comment": "''", "value": "'16000'"}, 288, 12),
    block("freq", "variable", {"comment": q("Radio locale con notiziario alle 13:00"), "value": "'98.3e6'"}, 392, 12),
    block("analog_wfm_rcv_0", "analog_wfm_rcv", {"affinity": "''", "alias": "''", "audio_decimation": "'10'",
          "comment": q("Demodulazione FM larga; il testo trascritto va poi segmentato con "
                       f"{T('1508.07909')} (https://arxiv.org/abs/1508.07909)"),
          "maxoutbuf": "'0'", "minoutbuf": "'0'", "quad_rate": "'480000'"}, 520, 236),
    block("blocks_wavfile_sink_0", "blocks_wavfile_sink", {"affinity": "''", "alias": "''", "append": "False",
          "bits_per_sample1": "FORMAT_PCM_16", "bits_per_sample2": "FORMAT_PCM_16", "bits_per_sample3": "FORMAT_VORBIS",
          "bits_per_sample4": "FORMAT_PCM_16", "comment": q("Un file ogni ora; dataset interno, non pubblico"),
          "file": q("/srv/ondeparole/registrazioni/notiziario.wav"), "format": "FORMAT_WAV", "nchan": "'1'",
          "samp_rate": "audio_rate"}, 1016, 220),
    block("note_letture", "note", {"alias": "''", "comment": "''",
          "note": q(f"Letture del gruppo (mercoledì ore 17): {T('2008.07905')} "
                    f"https://openreview.net/forum?id={OR('2008.07905')} ; {T('1908.10084')} "
                    "https://arxiv.org/pdf/1908.10084.pdf ; "
                    f"{T('1910.03771')} http://arxiv.org/abs/1910.03771v2")}, 24, 412),
    block("note_modello", "note", {"alias": "''", "comment": "''",
          "note": q(f"Pre-addestramento del modello per i titoli: {T('2012.08561')} (arXiv 2012.08561); "
                    f"da discutere anche {T('2010.06040')}")}, 24, 484),
    block("osmosdr_source_0", "osmosdr_source", {"affinity": "''", "alias": "''", "ant0": "''", "args": q("rtl=0"),
          "bb_gain0": "'20'", "bw0": "'0'", "clock_source0": "''", "comment": q("Chiavetta RTL-SDR del laboratorio"),
          "corr0": "'0'", "freq0": "freq", "gain0": "'30'", "if_gain0": "'20'", "maxoutbuf": "'0'",
          "minoutbuf": "'0'", "nchan": "'1'", "sample_rate": "samp_rate", "type": "fc32"}, 16, 204),
    block("rational_resampler_xxx_0", "rational_resampler_xxx", {"affinity": "''", "alias": "''",
          "comment": q(f"Per la memoria lunga dei trascritti: {T('2105.06548')}; per la parte "
                       f"contrastiva: {T('2011.04419')}"),
          "decim": "'5'", "fbw": "'0'", "interp": "'1'", "maxoutbuf": "'0'", "minoutbuf": "'0'", "taps": "''",
          "type": "ccc"}, 264, 212),
    block("note_risorse", "note", {"alias": "''", "comment": "''",
          "note": q("Risorse: wiki di GNU Radio https://wiki.gnuradio.org/index.php/Guided_Tutorials ; "
                    "libro: Jurafsky e Martin, Speech and Language Processing (3a ed. bozza), cap. 16 ; "
                    "seminario registrato: https://video.onde-parole.example.it/seminario/2024-05")}, 24, 556),
]
CONN = [("osmosdr_source_0", "rational_resampler_xxx_0"), ("rational_resampler_xxx_0", "analog_wfm_rcv_0"),
        ("analog_wfm_rcv_0", "blocks_wavfile_sink_0")]

TXT = ("options:\n  parameters:\n" + "".join(f"    {k}: {v}\n" for k, v in sorted(OPT.items())) + st(8, 8)
       + "\n\nblocks:\n" + "\n".join(sorted(BLOCKS)) + "\n\nconnections:\n"
       + "".join(f"- [{a}, '0', {b}, '0']\n" for a, b in CONN)
       + "\nmetadata:\n  file_format: 1\n  grc_version: 3.10.9.2\n")

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
