#!/usr/bin/env python3
"""Replays every edition of every Cangjie error-code document in a checkout of openharmony/docs_cangjie as a user's CI
would: the first edition with its names file (errorcodes names), then for each later edition `errorcodes diff` before
it is copied in and `errorcodes names` after. Prints how many steps diff let through (exit 0) and stopped (exit 2),
beside what it would say with the new edition's members named from its own text (the behaviour before names files
covered both sides), and every breaking or meaning change it reported.

    python3 docs/replay-editions.py PATH/TO/docs_cangjie [errorcodes command]

The tool defaults to the build in this repository (dotnet build generator/ErrorCodes.Tool first).
"""
import collections, json, os, shutil, subprocess, sys, tempfile

repo = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
tool = sys.argv[2:] or ["dotnet", os.path.join(here, "..", "generator", "ErrorCodes.Tool", "bin", "Debug", "net8.0", "errorcodes.dll")]


def git(*args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True).stdout


def run(*args):
    return subprocess.run(tool + list(args), capture_output=True, text=True)


paths = sorted({p for p in git("log", "--all", "--format=", "--name-only").decode().split("\n")
                if "/cj-errorcode" in p and (p.startswith("zh-cn/") or p.startswith("en/"))})
work = tempfile.mkdtemp(prefix="errorcodes-editions-")
exits, kinds, steps, chains = collections.Counter(), collections.Counter(), 0, 0
for path in paths:
    editions = []
    for commit in git("log", "--format=%H", "--reverse", "--", path).decode().split():
        text = git("show", f"{commit}:{path}")
        if text and (not editions or editions[-1] != text):
            editions.append(text)
    if len(editions) < 2:
        continue
    chains += 1
    name = os.path.basename(path)
    folder = os.path.join(work, str(chains))
    os.makedirs(os.path.join(folder, "docs"))
    doc = os.path.join(folder, "docs", name)
    with open(doc, "wb") as f:
        f.write(editions[0])
    run("names", doc)
    for step, edition in enumerate(editions[1:], 1):
        stage = os.path.join(folder, str(step))
        os.makedirs(stage)
        new = os.path.join(stage, name)
        with open(new, "wb") as f:
            f.write(edition)
        verdict = run("diff", doc, new, "--format", "json")
        # Before: the new edition's members named from its own text (an empty names file beside it says so).
        empty = new[:-3] + ".names"
        with open(empty, "w") as f:
            f.write("# empty\n")
        derived = run("diff", doc, new)
        os.remove(empty)
        steps += 1
        exits[("names as they will be", verdict.returncode)] += 1
        exits[("new side named from its text", derived.returncode)] += 1
        for document in json.loads(verdict.stdout or "[]"):
            for change in document["changes"]:
                if change["class"] in ("breaking", "meaning"):
                    kinds[change["kind"]] += 1
                    print(f"{path} step {step}: {change['kind']} {change['code']}: {change['old'][:80]} -> {change['new'][:80]}")
        shutil.copy(new, doc)
        run("names", doc)
print(f"{chains} chains, {steps} steps")
for (how, code), count in sorted(exits.items()):
    print(f"  {how}: exit {code}: {count}")
shutil.rmtree(work)
