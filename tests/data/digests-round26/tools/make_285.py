#!/usr/bin/env python3
"""285: a marimo notebook (a pure-Python .py file as marimo 0.9 saves it) of a reading group on LLM agents and
their evaluation, Punjabi (Gurmukhi) with English paper titles. marimo's layout: "import marimo",
__generated_with, app = marimo.App(...), each cell a function decorated with @app.cell (or @app.cell(hide_code=True))
named "__", taking the names it uses from other cells as sorted parameters and returning the names it defines
(sorted; "(name,)" for one, bare "return" for none; names starting with "_" stay local), Markdown cells as
mo.md(r\"\"\"…\"\"\") with the text indented inside the call, and the closing `if __name__ == "__main__": app.run()`."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write


def md(text, hide=True):
    body = textwrap.indent(textwrap.dedent(text).strip("\n"), " " * 8)
    return ("@app.cell(hide_code=True)\n" if hide else "@app.cell\n") + \
        f'def __(mo):\n    mo.md(\n        r"""\n{body}\n        """\n    )\n    return\n'


def code(args, src, rets):
    ret = "    return\n" if not rets else f"    return ({rets[0]},)\n" if len(rets) == 1 else f"    return {', '.join(rets)}\n"
    return f"@app.cell\ndef __({', '.join(args)}):\n" + textwrap.indent(textwrap.dedent(src).strip("\n"), "    ") + "\n" + ret


cells = [
    code([], """
        import marimo as mo
        import polars as pl
        """, ["mo", "pl"]),
    md(f"""
        # ਐਲਐਲਐਮ ਏਜੰਟ: ਪੜ੍ਹਨ ਸਮੂਹ ਦੀ ਨੋਟਬੁੱਕ (ਬਸੰਤ 2024)

        ਇਹ ਨੋਟਬੁੱਕ ਸਾਡੇ ਹਫ਼ਤਾਵਾਰੀ ਪੜ੍ਹਨ ਸਮੂਹ ਲਈ ਹੈ (ਵੀਰਵਾਰ, ਸ਼ਾਮ 5 ਵਜੇ, ਕਮਰਾ 214)। ਹਰ ਹਫ਼ਤੇ ਇੱਕ ਜਣਾ ਪੇਪਰ ਪੇਸ਼ ਕਰਦਾ ਹੈ;
        ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਅਤੇ ਲਾਗਤ ਵਾਲਾ ਸਲਾਈਡਰ ਇਹ ਅੰਦਾਜ਼ਾ ਲਾਉਣ ਲਈ ਹੈ ਕਿ ਕਿਹੜੇ benchmark ਅਸੀਂ ਆਪ ਚਲਾ ਸਕਦੇ ਹਾਂ।

        ## ਹਫ਼ਤਾ 1–2: ਟੂਲ ਅਤੇ ਤਰਕ

        - [{T('2302.04761')}](https://arxiv.org/abs/2302.04761) — Schick et al., 2023 (ਗੁਰਪ੍ਰੀਤ)
        - [{T('2210.03629')}](https://openreview.net/forum?id=WE_vluYUL-X) — ICLR 2023 (ਹਰਮਨ)
        - "{T('2303.11366')}" — NeurIPS 2023; ReAct ਨਾਲ ਮਿਲਾ ਕੇ ਪੜ੍ਹੋ (ਸਿਮਰਨ)

        > **ਨੋਟ:** AutoGPT ਅਤੇ BabyAGI ਰਿਪੋਜ਼ਟਰੀਆਂ ਹਨ, ਪੇਪਰ ਨਹੀਂ — ਇਹਨਾਂ ਨੂੰ ਸਿਰਫ਼ ਡੈਮੋ ਲਈ ਵਰਤਾਂਗੇ।
        """),
    code(["pl"], f"""
        papers = pl.DataFrame(
            {{
                "hafta": [3, 3, 4],
                "title": [
                    "{T('2308.03688')}",
                    "{T('2310.06770')}",
                    "{T('2310.08560')}",
                ],
                "link": [
                    "arXiv 2308.03688",
                    "https://openreview.net/pdf?id=VTF8yNQM66",
                    "https://huggingface.co/papers/2310.08560",
                ],
                "presenter": ["ਅਮਨਦੀਪ", "ਗੁਰਪ੍ਰੀਤ", "ਹਰਮਨ"],
            }}
        )
        papers
        """, ["papers"]),
    md(f"""
        ## ਹਫ਼ਤਾ 4–5: ਯਾਦਦਾਸ਼ਤ, ਖੋਜ ਅਤੇ ਸਿਮੂਲੇਸ਼ਨ

        MemGPT ਤੋਂ ਬਾਅਦ ਅਸੀਂ ਦੋ ਹੋਰ ਪੇਪਰ ਲਵਾਂਗੇ: *{T('2310.11511')}* (Asai et al., ICLR 2024) ਅਤੇ
        *{T('2304.03442')}* (UIST 2023) — ਦੂਜੇ ਵਿੱਚ 25 ਏਜੰਟਾਂ ਵਾਲਾ ਛੋਟਾ ਕਸਬਾ ਹੈ।
        Minecraft ਵਾਲਾ ਪੇਪਰ: {T('2305.16291')} (arXiv:2305.16291); ਇਸਦਾ ਵੀਡੀਓ ਡੈਮੋ ਵੀ ਦੇਖੋ।
        """),
    code(["mo"], """
        budget = mo.ui.slider(1, 50, value=10, label="ਮਹੀਨਾਵਾਰ API ਬਜਟ (USD)")
        budget
        """, ["budget"]),
    code(["budget", "papers", "pl"], """
        _cost_per_task = {3: 0.42, 4: 0.18}  # ਸਾਡੇ ਪਿਛਲੇ ਰਨ ਤੋਂ, USD ਪ੍ਰਤੀ ਟਾਸਕ
        affordable = papers.with_columns(
            pl.col("hafta").replace(_cost_per_task).alias("usd_per_task")
        ).with_columns((budget.value / pl.col("usd_per_task")).floor().alias("tasks_per_month"))
        affordable
        """, ["affordable"]),
    md(f"""
        ## ਹਫ਼ਤਾ 6: ਮੁਲਾਂਕਣ (evaluation)

        | ਪੇਪਰ | ਕਿਉਂ | ਕੌਣ |
        |---|---|---|
        | {T('2009.03300')} | MMLU — ਹਰ ਮਾਡਲ ਕਾਰਡ ਵਿੱਚ | ਸਿਮਰਨ |
        | {T('2306.05685')} | LLM ਨੂੰ ਜੱਜ ਵਜੋਂ ਵਰਤਣਾ | ਅਮਨਦੀਪ |
        | {T('2206.04615')} | BIG-bench, 204 ਟਾਸਕ | ਹਰਮਨ |

        ਪੇਪਰ ਨਹੀਂ (ਸਿਰਫ਼ ਹਵਾਲੇ ਲਈ): [LangChain docs](https://python.langchain.com/docs/), [AutoGen repo](https://github.com/microsoft/autogen),
        SWE-bench leaderboard (swebench.com), Andrej Karpathy ਦਾ "Intro to Large Language Models" ਵੀਡੀਓ।
        Chain-of-thought ਅਤੇ Tree of Thoughts ਬਾਰੇ ਅਗਲੇ ਸਮੈਸਟਰ।
        """),
]
out = ('import marimo\n\n__generated_with = "0.9.14"\napp = marimo.App(width="medium", app_title="LLM ਏਜੰਟ ਪੜ੍ਹਨ ਸਮੂਹ")\n\n\n'
       + "\n\n".join(cells) + '\n\nif __name__ == "__main__":\n    app.run()\n')
write("285_marimo_notebook_py_punjabi_llm_agents_evaluation_reading_group.py", out)
