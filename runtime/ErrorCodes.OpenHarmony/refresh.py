#!/usr/bin/env python3
"""Refreshes the OpenHarmony documents this package is built from, and the list the build reads.

  python3 runtime/ErrorCodes.OpenHarmony/refresh.py --docs ~/src/docs --cangjie ~/src/docs_cangjie

takes local checkouts of github.com/openharmony/docs and github.com/openharmony/docs_cangjie, copies every error-code
document that docs/SOURCES.tsv lists from the path it records (and the error-code documents the checkouts have that it
does not list yet), records each file's path and commit, appends the new codes to the names files (recorded names never
change, so no member of the package is renamed; a code a document dropped stays, [Obsolete]), writes Specs.props,
prints what `errorcodes diff` says changed (the path to the package's next release), and writes again the list of
upstream's mistakes (docs/upstream-mistakes.txt) that `errorcodes lint` reports. Without --docs or --cangjie it
only writes Specs.props from docs/SOURCES.tsv, for a list edited by hand.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SOURCES = os.path.join(DOCS, "SOURCES.tsv")
ROOT = os.path.dirname(os.path.dirname(HERE))
COLUMNS = ["name", "repo", "zh_path", "zh_commit", "en_path", "en_commit"]

# Kits as their names read (apis-ipc-kit is IPCKit, as the Cangjie reference names its folder).
WORDS = {
    "ipc": "IPC", "mdm": "MDM", "drm": "DRM", "ime": "IME", "arkui": "ArkUI", "arkts": "ArkTS", "arkdata": "ArkData",
    "arkweb": "ArkWeb", "arkgraphics2d": "ArkGraphics2D", "arkinterop": "ArkInterop", "avsession": "AVSession",
    "driverdevelopment": "DriverDevelopment", "distributedservice": "DistributedService",
    "multimodalawareness": "MultimodalAwareness", "backgroundtasks": "BackgroundTasks",
}


def read_sources():
    with open(SOURCES, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [dict(zip(COLUMNS, line.split("\t"))) for line in lines[1:] if line]


def write_sources(rows):
    with open(SOURCES, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for row in sorted(rows, key=lambda r: r["name"]):
            f.write("\t".join(row[c] for c in COLUMNS) + "\n")


def edition(row):
    return "Cangjie" if row["repo"] == "openharmony/docs_cangjie" else "ArkTS"


def kit_folder(path):
    parts = path.split("/")
    return parts[-2] if len(parts) >= 5 and parts[-3] == "reference" else ""


def kit(path):
    """The kit a document's upstream folder names, as a namespace part: apis-network-kit and NetworkKit are NetworkKit."""
    folder = kit_folder(path)
    if not folder:
        return ""
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", folder):
        return folder
    folder = re.sub(r"^apis-", "", folder)
    folder = re.sub(r"-(cj|ts)$", "", folder)
    return "".join(WORDS.get(word, word[:1].upper() + word[1:]) for word in folder.split("-"))


def readable_kit(name):
    """NetworkKit as upstream's Kit comments write it, Network Kit; ArkUI, ArkTS and the other Ark names stay one word."""
    if name.startswith("Ark"):
        return name.replace("Graphics2D", "Graphics 2D")
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=Kit$)", " ", name)


def catalog_name(file_name):
    """The generator's catalog name of a file (CatalogNames.FromFileName): its words in PascalCase without 'errorcode'."""
    stem = file_name.split(".")[0]
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", stem.replace("_", " ")))
    return "".join(w[:1].upper() + w[1:].lower() for w in words if w.lower() not in ("errorcode", "errorcodes"))


def write_props(rows):
    items = []
    taken = {}
    for row in sorted(rows, key=lambda r: r["name"]):
        name = row["name"]
        namespace = ".".join(part for part in ["ErrorCodes.OpenHarmony", edition(row), kit(row["zh_path"])] if part)
        catalog = catalog_name(name)
        if edition(row) == "Cangjie" and catalog.startswith("Cj"):
            catalog = catalog[2:]
        key = (namespace + "." + catalog).lower()
        if key in taken:
            sys.exit(f"{name} and {taken[key]} would both be {namespace}.{catalog}ErrorCode: give one another name in SOURCES.tsv")
        taken[key] = name
        properties = [f"Edition={edition(row)}", f"Source={row['repo']}/{row['zh_path']}@{row['zh_commit']}"]
        if row["en_path"] != "-":
            properties.append(f"SourceEn={row['repo']}/{row['en_path']}@{row['en_commit']}")
        if kit(row["zh_path"]):
            # "Network Kit", as the documents' own Kit comments write it; a document's comment wins over this.
            readable = readable_kit(kit(row["zh_path"]))
            properties.append(f"Kit={readable}")
            properties.append(f"KitFolder={kit_folder(row['zh_path'])}")
        twin = f' Twin="docs/en/{name}"' if os.path.exists(os.path.join(DOCS, "en", name)) else ""
        # The page of each code on the error index `errorcodes site docs` writes: <document>/<code>.html.
        page = os.path.splitext(name)[0]
        items.append(
            f'    <ErrorCodeSpec Include="docs/zh-cn/{name}"{twin} Namespace="{namespace}" '
            f'EnumName="{catalog}ErrorCode" ClassName="{catalog}ErrorCodes" Properties="{"|".join(properties)}" '
            f'HelpLinkFormat="$(OpenHarmonyErrorIndex){page}/{{code}}.html" />')
    with open(os.path.join(HERE, "Specs.props"), "w", encoding="utf-8", newline="\n") as f:
        f.write("<Project>\n")
        f.write("  <!-- Written by refresh.py from docs/SOURCES.tsv: one catalog a document, with its English twin, in a\n")
        f.write("       namespace of its edition (ArkTS, Cangjie) and kit, and where upstream it comes from. -->\n")
        f.write("  <ItemGroup>\n" + "\n".join(items) + "\n  </ItemGroup>\n</Project>\n")
    print(f"Specs.props: {len(items)} documents")


def commit_of(checkout, path):
    result = subprocess.run(["git", "-C", checkout, "log", "-1", "--format=%H", "--", path], capture_output=True, text=True)
    return result.stdout.strip() or "-"


def refresh(rows, checkouts):
    """Copies the documents from the checkouts; returns the folder of the documents as they were."""
    before = tempfile.mkdtemp(prefix="errorcodes-refresh-")
    shutil.copytree(DOCS, os.path.join(before, "docs"))
    known = {row["name"].lower() for row in rows}
    for repo, checkout in checkouts.items():
        pattern = "cj-errorcode" if repo == "openharmony/docs_cangjie" else "errorcode"
        reference = os.path.join(checkout, "zh-cn", "application-dev", "reference")
        for folder, _, files in os.walk(reference):
            for file_name in sorted(files):
                if file_name.startswith(pattern) and file_name.endswith(".md") and file_name.lower() not in known:
                    zh = os.path.relpath(os.path.join(folder, file_name), checkout).replace(os.sep, "/")
                    rows.append({"name": file_name, "repo": repo, "zh_path": zh, "zh_commit": "-",
                                 "en_path": "en/" + zh[len("zh-cn/"):], "en_commit": "-"})
                    known.add(file_name.lower())
                    print(f"new document: {file_name} ({zh})")
    for row in rows:
        checkout = checkouts.get(row["repo"])
        if checkout is None:
            continue
        for language, path_key, commit_key in (("zh-cn", "zh_path", "zh_commit"), ("en", "en_path", "en_commit")):
            source = os.path.join(checkout, row[path_key]) if row[path_key] != "-" else None
            if source is None and language == "en":
                source = os.path.join(checkout, "en/" + row["zh_path"][len("zh-cn/"):])
                row[path_key] = "en/" + row["zh_path"][len("zh-cn/"):]
            if source and os.path.exists(source):
                shutil.copyfile(source, os.path.join(DOCS, language, row["name"]))
                row[commit_key] = commit_of(checkout, row[path_key])
            elif language == "en":
                row[path_key] = row[commit_key] = "-"
            else:
                print(f"warning: {row['name']}: {row[path_key]} is not in {checkout}; the package keeps its copy")
    return os.path.join(before, "docs")


TOOL = os.path.join(ROOT, "generator", "ErrorCodes.Tool")


def build_tool():
    """Builds errorcodes from this repository. It carries this package, built from the documents just copied: a
    mistake of theirs is reported by lint below, not made an error of this build."""
    built = subprocess.run(["dotnet", "build", TOOL, "-c", "Release", "-v", "q", "--nologo", "-p:TreatWarningsAsErrors=false"],
                           text=True, capture_output=True)
    if built.returncode != 0:
        sys.exit("building errorcodes failed:\n" + built.stdout + built.stderr)


def errorcodes(*arguments, capture=False):
    command = ["dotnet", os.path.join(TOOL, "bin", "Release", "net8.0", "errorcodes.dll"), *arguments]
    return subprocess.run(command, cwd=HERE, text=True, capture_output=capture, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", help="a checkout of github.com/openharmony/docs")
    parser.add_argument("--cangjie", help="a checkout of github.com/openharmony/docs_cangjie")
    options = parser.parse_args()
    rows = read_sources()
    checkouts = {}
    if options.docs:
        checkouts["openharmony/docs"] = os.path.abspath(options.docs)
    if options.cangjie:
        checkouts["openharmony/docs_cangjie"] = os.path.abspath(options.cangjie)
    if checkouts:
        before = refresh(rows, checkouts)
        write_sources(rows)
        write_props(rows)
        build_tool()
        names = errorcodes("names", *[os.path.join("docs", "zh-cn", row["name"]) for row in sorted(rows, key=lambda r: r["name"])])
        if names.returncode != 0:
            sys.exit("errorcodes names failed")
        errorcodes("diff", os.path.join(before, "zh-cn"), os.path.join("docs", "zh-cn"), "--format", "markdown")
        # Upstream's mistakes, which the package's build is quiet on: the list a test holds to what lint says, written
        # again for the maintainer to read in the change.
        lint = errorcodes("lint", "--profile", "generator", "docs", capture=True)
        with open(os.path.join(DOCS, "upstream-mistakes.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(lint.stdout)
        print("docs/upstream-mistakes.txt: " + (lint.stdout.strip().splitlines() or ["(empty)"])[-1])
    else:
        write_props(rows)


if __name__ == "__main__":
    main()
