#!/usr/bin/env python3
"""1895: an Indonesian lab's Robot Framework suite (`tests/halaman_bacaan.robot`) testing the reading-group page with
RequestsLibrary and Collections: *** Settings *** (Documentation, Library, Suite Setup, Force Tags), *** Variables ***
(scalars, a list `@{JUDUL_TANPA_TAUTAN}` of titles only — title-only —, a dictionary `&{TAUTAN}` of links: an
OpenReview forum, arXiv `/abs/`, `/pdf/….pdf`), *** Test Cases *** with [Documentation], [Tags], FOR loops, a
comment with an arXiv id in text (arxiv-text), and *** Keywords *** with [Arguments]; non-papers (a repository, the
Gymnasium docs, a book, a recording) in a test of the resources section. Four-space separators; LF, a final
newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1895)
SV = OR("2010.02014")


def build():
    L = ["*** Settings ***",
         "Documentation     Uji halaman daftar bacaan kelompok RL & AutoML (Lab Sistem Cerdas, ruang 3.07).",
         "...               Dijalankan di CI setiap malam: robot --outputdir hasil tests/halaman_bacaan.robot",
         "Library           RequestsLibrary",
         "Library           Collections",
         "Library           String",
         "Suite Setup       Create Session    bacaan    ${BASE_URL}    verify=True",
         "Suite Teardown    Delete All Sessions",
         "Force Tags        bacaan",
         "",
         "*** Variables ***",
         "${BASE_URL}       https://bacaan.lsc.example.ac.id",
         "${HALAMAN}        /semester-genap-2024",
         "${JUMLAH_SESI}    4",
         "@{JUDUL_TANPA_TAUTAN}",
         f"...               {T('2006.03656')}",
         f"...               {T('2108.04392')}",
         f"...               {T('2103.13462')}",
         f"...               {T('2011.03459')}",
         "&{TAUTAN}",
         f"...               {T('2010.02014')}=https://openreview.net/forum?id={SV}",
         f"...               {T('2106.01345')}=https://arxiv.org/abs/2106.01345",
         f"...               {T('2101.03958')}=https://arxiv.org/pdf/2101.03958.pdf",
         "",
         "*** Test Cases ***",
         "Halaman Bacaan Dapat Dibuka",
         "    [Documentation]    Halaman semester ini harus mengembalikan 200 dan memuat judulnya.",
         "    [Tags]    asap",
         "    ${resp}=    GET On Session    bacaan    ${HALAMAN}    expected_status=200",
         "    Should Contain    ${resp.text}    Semester Genap 2024",
         "",
         "Setiap Sesi Punya Tautan Yang Benar",
         "    [Documentation]    Judul dan tautan tiap sesi harus muncul bersama di halaman.",
         "    ${resp}=    GET On Session    bacaan    ${HALAMAN}",
         "    FOR    ${judul}    ${tautan}    IN    &{TAUTAN}",
         "        Halaman Memuat Judul Dan Tautan    ${resp.text}    ${judul}    ${tautan}",
         "    END",
         "",
         "Sesi Tanpa Tautan Tetap Tampil",
         "    [Documentation]    Bacaan cadangan belum punya tautan; cukup judulnya yang tampil.",
         "    ${resp}=    GET On Session    bacaan    ${HALAMAN}",
         "    FOR    ${judul}    IN    @{JUDUL_TANPA_TAUTAN}",
         "        Should Contain    ${resp.text}    ${judul}",
         "    END",
         "",
         "Sesi Keempat Menampilkan Nomor arXiv",
         "    [Documentation]    Sesi 4 baru punya nomor arXiv, belum ada tautan (Rizky menambahkan minggu depan).",
         "    [Tags]    sesi-4",
         "    # " + T("2006.05990") + " -- arXiv 2006.05990",
         "    ${resp}=    GET On Session    bacaan    ${HALAMAN}",
         "    Should Contain    ${resp.text}    What Matters In On-Policy Reinforcement Learning?",
         "    Should Match Regexp    ${resp.text}    arXiv \\\\d{4}\\\\.\\\\d{5}",
         "",
         "Jumlah Sesi Sesuai Jadwal",
         "    ${resp}=    GET On Session    bacaan    ${HALAMAN}/jadwal.json",
         "    ${sesi}=    Set Variable    ${resp.json()}[sesi]",
         "    Length Should Be    ${sesi}    ${JUMLAH_SESI}",
         "",
         "Bagian Sumber Bukan Bacaan",
         "    [Documentation]    Repositori, dokumentasi, buku dan rekaman tidak dihitung sebagai bacaan.",
         "    ${resp}=    GET On Session    bacaan    ${HALAMAN}",
         "    Should Contain    ${resp.text}    https://github.com/DLR-RM/stable-baselines3",
         "    Should Contain    ${resp.text}    https://gymnasium.farama.org/",
         "    Should Contain    ${resp.text}    Reinforcement Learning: An Introduction (Sutton &amp; Barto)",
         "    Should Contain    ${resp.text}    https://rekaman.lsc.example.ac.id/seminar/2024-03-08",
         "",
         "*** Keywords ***",
         "Halaman Memuat Judul Dan Tautan",
         "    [Arguments]    ${teks}    ${judul}    ${tautan}",
         "    Should Contain    ${teks}    ${judul}",
         "    Should Contain    ${teks}    href=\"${tautan}\"",
         ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
