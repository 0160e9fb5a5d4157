"""Throughput of `jctrack audit` on a large generated report, and its memory.

    python benchmarks/audit_bench.py              # a 10 MB report
    python benchmarks/audit_bench.py --mb 2 --prose 0
    python benchmarks/audit_bench.py --tally      # the project's own fixture reports, by form

The report is generated from sentences of every form the auditor reads, with random figures (some
right, some wrong), in paragraphs under period headings; the same seed gives the same text. Prints MB
per second, findings per verdict and the peak resident memory. `--tally` instead audits the reports of
tests/fixtures/audit and prints, for each form, how many sentences state one, its verdicts, and how many
verdicts are those tests/fixtures/audit/expected.toml gives. Results are kept in AUDIT.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from jctrack.audit import VERDICTS, audit, judged, summary  # noqa: E402
from jctrack.textread.reader import Reader  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "audit"

NAMES = ["工业开票销售", "一般公共预算收入", "固定资产投资", "工业投资", "社会消费品零售总额", "外贸进出口", "税收收入", "服务业营业收入"]


PROSE = [
    "坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。",
    "深入实施创新驱动发展战略，持续优化营商环境，全力以赴抓项目、强投资、促消费。",
    "认真落实〔2019〕12号文件要求，于10月28日召开专题会议，研究部署第四季度重点工作。",
    "扎实推进“263”专项行动，积极完成政府政务热线、12345平台交办的各类事项。",
    "加快推进乡村振兴，持续改善农村人居环境，全面提升基层社会治理水平。",
    "下阶段，要抓好用足各项政策举措，找差距、补缺口、挖潜力、扩增量，推动经济持续向好。",
    "围绕第十四个五年规划的目标任务，谋划储备一批打基础、利长远的重大项目。",
    "强化要素保障，做好用地、用能、资金等服务，确保项目早开工、早投产、早见效。",
]


def sentence(rng: random.Random, prose: float = 0.5) -> str:
    """One sentence: prose (with dates and document numbers) or a figure sentence of a random form,
    whose figures are right about four times in five."""
    if rng.random() < prose:
        return rng.choice(PROSE)
    name = rng.choice(NAMES)
    base = rng.randint(200, 9000) / 10
    rate = rng.randint(-50, 300) / 10
    current = round(base * (1 + rate / 100), 1)
    shown = rate if rng.random() < 0.8 else rate + rng.choice((-0.3, 0.4, 1.0))
    target = round(current / rng.uniform(0.6, 1.1), 1)
    done = current / target * 100
    part = round(current * rng.uniform(0.2, 0.8), 1)
    form = rng.randrange(8)
    if form == 0:
        return f"完成{name}{current}亿元，同比增长{shown:.1f}%，去年同期{base}亿元。"
    if form == 1:
        return f"{name}完成{current}亿元，完成年度目标{target}亿元的{done:.1f}%，超序时进度{done - 83.3:.1f}个百分点。"
    if form == 2:
        return f"实现{name}{current}亿元，增加{current - base:.1f}亿元，增长{shown:.1f}%。"
    if form == 3:
        return f"{name}{current}亿元，其中工业部分{part}亿元，占{part / current * 100:.1f}%。"
    if form == 4:
        return f"新签约项目{rng.randint(20, 60)}个，已开工{rng.randint(5, 19)}个，开工率{rng.randint(20, 90)}%。"
    if form == 5:
        return f"{name}同比增长{rate:.1f}%（全市{rate - 1:.1f}%），高于全市1.0个百分点。"
    if form == 6:
        return f"{name}{current}亿元，是2015年的{current / base:.1f}倍，年均增长{((current / base) ** 0.25 - 1) * 100:.1f}%。"
    return f"农业、工业和服务业分别完成{part}亿元、{current}亿元和{base}亿元，分别增长{rate:.1f}%、{shown:.1f}%和2.0%。"


def report(megabytes: float, seed: int = 1, prose: float = 0.5) -> str:
    """A report of about `megabytes` of UTF-8: headings with a period, paragraphs of sentences of
    which a share `prose` carry no stated figure."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        heading = f"2019年1-{rng.randint(1, 12)}月经济运行情况\n"
        paragraph = "".join(sentence(rng, prose) for _ in range(rng.randint(3, 12))) + "\n"
        parts += [heading, paragraph]
        size += len(heading.encode()) + len(paragraph.encode())
    return "".join(parts)


def tally() -> str:
    """The fixture reports' findings by form, as a Markdown table: sentences, verdicts, verdicts as expected."""
    expected = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))
    sentences: Counter[str] = Counter()
    verdicts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for report in expected.values():
        wanted = iter(report["findings"])
        for _, findings in judged(Reader((FIXTURES / report["file"]).read_text(encoding="utf-8"))):
            for kind in {finding.kind.value for finding in findings}:
                sentences[kind] += 1
            sentences["all"] += bool(findings)
            for finding in findings:
                counts = verdicts[finding.kind.value]
                counts[finding.verdict.value] += 1
                counts["expected"] += [finding.printed, finding.kind.value, finding.verdict.value] == next(wanted, None)
    header = ["form", "sentences", "figures", *(verdict.value for verdict in VERDICTS), "as expected"]
    rows = ["| " + " | ".join(header) + " |", "|" + " --- |" + " ---: |" * (len(header) - 1)]
    total: Counter[str] = Counter()
    for kind in sorted(verdicts, key=lambda kind: (-sentences[kind], kind)):  # the most common forms first
        counts = verdicts[kind]
        figures = sum(counts[verdict.value] for verdict in VERDICTS)
        total.update(counts)
        cells = [kind, sentences[kind], figures, *(counts[verdict.value] for verdict in VERDICTS), counts["expected"]]
        rows.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    figures = sum(total[verdict.value] for verdict in VERDICTS)
    cells = ["all (a sentence once)", sentences["all"], figures, *(total[verdict.value] for verdict in VERDICTS), total["expected"]]
    rows.append("| " + " | ".join(f"**{cell}**" for cell in cells) + " |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the generated report in MB (UTF-8)")
    parser.add_argument("--prose", type=float, default=0.5, help="share of sentences without a figure (0 for the densest text)")
    parser.add_argument("--tally", action="store_true", help="tally the fixture reports' findings by form instead")
    args = parser.parse_args()
    if args.tally:
        print(tally())
        return
    text = report(args.mb, prose=args.prose)
    size = len(text.encode()) / 1_000_000
    start, cpu = time.perf_counter(), time.process_time()
    findings = audit(text)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{size:.1f} MB, {len(text):,} characters: {elapsed:.2f} s ({cpu:.2f} s of CPU)")
    print(f"{size / elapsed:.2f} MB/s ({size / cpu:.2f} MB/s of CPU)")
    print(f"{len(findings):,} findings: {summary(findings)}")
    print(f"peak resident memory {peak:.0f} MB (text and findings included)")


if __name__ == "__main__":
    main()
