"""ORCID iDs with the ISO 7064 MOD 11-2 check character (for invented people)."""


def check_char(base15):
    total = 0
    for c in base15:
        total = (total + int(c)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def orcid(base15):
    d = base15 + check_char(base15)
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))
