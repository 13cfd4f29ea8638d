#!/usr/bin/env python3
"""Draws docs/generator-cost.svg from a BenchmarkDotNet CSV report of GeneratorBenchmarks.

    python3 docs/perf/chart.py BenchmarkDotNet.Artifacts/results/ErrorCodes.Benchmarks.GeneratorBenchmarks-report.csv

No third-party packages: the SVG is written by hand, log-log, one line per benchmark method (the cold run, the warm
re-run after an unrelated edit, and the no-op generator's re-run, the driver's floor).
"""
import csv
import glob
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UNITS = {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1.0, "s": 1000.0}
CODE_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+-?[0-9]+(?![0-9A-Za-z_.])", re.M)


def milliseconds(text):
    value, unit = text.replace(",", "").split()
    return float(value) * UNITS[unit]


def corpus_codes():
    count = 0
    for path in glob.glob(os.path.join(ROOT, "tests", "ErrorCodes.Generator.Tests", "Fixtures", "Corpus", "*", "*.md")):
        text = open(path, encoding="utf-8-sig").read()
        headings = len(CODE_HEADING.findall(text))
        count += headings if headings else sum(1 for line in text.splitlines() if line.lstrip().startswith("|")) - 2
    return count


def codes_of(specs):
    if specs == "seed":
        return 19
    if specs == "corpus":
        return corpus_codes()
    return int(specs)


def main(report, output):
    series = {}
    with open(report, encoding="utf-8") as file:
        for row in csv.DictReader(file):
            series.setdefault(row["Method"], []).append((codes_of(row["Specs"]), milliseconds(row["Mean"]), row["Specs"]))
    width, height, left, right, top, bottom = 720, 440, 80, 30, 40, 60
    xs = [x for points in series.values() for x, _, _ in points]
    ys = [y for points in series.values() for _, y, _ in points]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))

    def px(x):
        return left + (math.log10(x) - x0) / (x1 - x0) * (width - left - right)

    def py(y):
        return height - bottom - (math.log10(y) - y0) / (y1 - y0) * (height - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="22" text-anchor="middle" font-size="15">ErrorCodes.Generator: time per run against codes (log-log)</text>']
    for e in range(x0, x1 + 1):
        out.append(f'<line x1="{px(10 ** e):.1f}" y1="{top}" x2="{px(10 ** e):.1f}" y2="{height - bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{px(10 ** e):.1f}" y="{height - bottom + 18}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(y0, y1 + 1):
        label = f"{10 ** e:g} ms"
        out.append(f'<line x1="{left}" y1="{py(10 ** e):.1f}" x2="{width - right}" y2="{py(10 ** e):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 8}" y="{py(10 ** e) + 4:.1f}" text-anchor="end">{label}</text>')
    out.append(f'<text x="{width / 2}" y="{height - 18}" text-anchor="middle">codes in the project\'s specs</text>')
    colours = {"Cold": "#c0392b", "WarmAfterUnrelatedEdit": "#2471a3", "WarmNoOpGenerator": "#7f8c8d"}
    names = {
        "Cold": "cold run",
        "WarmAfterUnrelatedEdit": "warm re-run after an unrelated edit",
        "WarmNoOpGenerator": "the same re-run with a generator that does nothing",
    }
    for index, (method, points) in enumerate(sorted(series.items())):
        points.sort()
        colour = colours.get(method, "#333")
        # The line joins the one-spec runs; the corpus, many specs of its own shape, stands beside it as a point.
        line = [(x, y) for x, y, specs in points if specs != "corpus"]
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(line))
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y, specs in points:
            fill = "white" if specs == "corpus" else colour
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="{fill}" stroke="{colour}" stroke-width="2"><title>{specs}: {y:.3g} ms</title></circle>')
            if specs in ("seed", "corpus"):
                out.append(f'<text x="{px(x) + 6:.1f}" y="{py(y) - 6:.1f}" fill="{colour}">{specs}</text>')
        out.append(f'<rect x="{left + 12}" y="{top + 8 + index * 18}" width="12" height="12" fill="{colour}"/>')
        name = names.get(method, method)
        out.append(f'<text x="{left + 30}" y="{top + 18 + index * 18}">{name}</text>')
    out.append("</svg>")
    with open(output, "w", encoding="utf-8") as file:
        file.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "docs", "generator-cost.svg"))
