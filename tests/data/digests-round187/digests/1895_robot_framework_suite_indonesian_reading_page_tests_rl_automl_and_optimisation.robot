*** Settings ***
Documentation     Uji halaman daftar bacaan kelompok RL & AutoML (Lab Sistem Cerdas, ruang 3.07).
...               Dijalankan di CI setiap malam: robot --outputdir hasil tests/halaman_bacaan.robot
Library           RequestsLibrary
Library           Collections
Library           String
Suite Setup       Create Session    bacaan    ${BASE_URL}    verify=True
Suite Teardown    Delete All Sessions
Force Tags        bacaan

*** Variables ***
${BASE_URL}       https://bacaan.lsc.example.ac.id
${HALAMAN}        /semester-genap-2024
${JUMLAH_SESI}    4
@{JUDUL_TANPA_TAUTAN}
...               AutoHAS: Efficient Hyperparameter and Architecture Search
...               Rethinking Architecture Selection in Differentiable NAS
...               Why Do Local Methods Solve Nonconvex Problems?
...               Complex Query Answering with Neural Link Predictors
&{TAUTAN}
...               Self-Supervised Variational Auto-Encoders=https://openreview.net/forum?id=zOGdf9K8aC
...               Decision Transformer: Reinforcement Learning via Sequence Modeling=https://arxiv.org/abs/2106.01345
...               Evolving Reinforcement Learning Algorithms=https://arxiv.org/pdf/2101.03958.pdf

*** Test Cases ***
Halaman Bacaan Dapat Dibuka
    [Documentation]    Halaman semester ini harus mengembalikan 200 dan memuat judulnya.
    [Tags]    asap
    ${resp}=    GET On Session    bacaan    ${HALAMAN}    expected_status=200
    Should Contain    ${resp.text}    Semester Genap 2024

Setiap Sesi Punya Tautan Yang Benar
    [Documentation]    Judul dan tautan tiap sesi harus muncul bersama di halaman.
    ${resp}=    GET On Session    bacaan    ${HALAMAN}
    FOR    ${judul}    ${tautan}    IN    &{TAUTAN}
        Halaman Memuat Judul Dan Tautan    ${resp.text}    ${judul}    ${tautan}
    END

Sesi Tanpa Tautan Tetap Tampil
    [Documentation]    Bacaan cadangan belum punya tautan; cukup judulnya yang tampil.
    ${resp}=    GET On Session    bacaan    ${HALAMAN}
    FOR    ${judul}    IN    @{JUDUL_TANPA_TAUTAN}
        Should Contain    ${resp.text}    ${judul}
    END

Sesi Keempat Menampilkan Nomor arXiv
    [Documentation]    Sesi 4 baru punya nomor arXiv, belum ada tautan (Rizky menambahkan minggu depan).
    [Tags]    sesi-4
    # What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study -- arXiv 2006.05990
    ${resp}=    GET On Session    bacaan    ${HALAMAN}
    Should Contain    ${resp.text}    What Matters In On-Policy Reinforcement Learning?
    Should Match Regexp    ${resp.text}    arXiv \\d{4}\\.\\d{5}

Jumlah Sesi Sesuai Jadwal
    ${resp}=    GET On Session    bacaan    ${HALAMAN}/jadwal.json
    ${sesi}=    Set Variable    ${resp.json()}[sesi]
    Length Should Be    ${sesi}    ${JUMLAH_SESI}

Bagian Sumber Bukan Bacaan
    [Documentation]    Repositori, dokumentasi, buku dan rekaman tidak dihitung sebagai bacaan.
    ${resp}=    GET On Session    bacaan    ${HALAMAN}
    Should Contain    ${resp.text}    https://github.com/DLR-RM/stable-baselines3
    Should Contain    ${resp.text}    https://gymnasium.farama.org/
    Should Contain    ${resp.text}    Reinforcement Learning: An Introduction (Sutton &amp; Barto)
    Should Contain    ${resp.text}    https://rekaman.lsc.example.ac.id/seminar/2024-03-08

*** Keywords ***
Halaman Memuat Judul Dan Tautan
    [Arguments]    ${teks}    ${judul}    ${tautan}
    Should Contain    ${teks}    ${judul}
    Should Contain    ${teks}    href="${tautan}"
