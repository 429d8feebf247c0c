"""The VS Code extension's package: editors/vscode/build.js makes a VSIX that
VS Code can install.

    vsix_test.py NODE WORK VERSION

builds the package twice in WORK and checks, with Python's own zip reader:
the same bytes both times; every entry's checksum; the manifest's identity,
version (the project's VERSION) and engine, and that its assets are there;
a content type for every entry; the extension's files, the grammar and the
language configuration that package.json names; every run-time package the
lock file pins, at its version; and that extension.js, unpacked, loads with
its dependencies from the package alone (against a stand-in for VS Code's
`vscode` module, which only VS Code provides).
"""

import json
import pathlib
import shutil
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ElementTree

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "editors" / "vscode"
VSX = "{http://schemas.microsoft.com/developer/vsx-schema/2011}"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"

# Any property of the stand-in is a function whose properties are more of the
# same: enough for the language client's module to load.
VSCODE_STAND_IN = """
const handler = { get: (target, key) => (key in target ? target[key] : (target[key] = new Proxy(function () {}, handler))) };
module.exports = new Proxy({}, handler);
"""


def expect(condition, message):
    if not condition:
        print(f"FAIL: {message}", file=sys.stderr)
        sys.exit(1)


def build(node, out):
    result = subprocess.run([node, str(EXTENSION / "build.js"), str(out)], capture_output=True, text=True, timeout=120)
    expect(result.returncode == 0 and out.exists(), f"build.js failed ({result.returncode}): {result.stderr}")


def main():
    node, work, version = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    package = json.loads((EXTENSION / "package.json").read_text())
    expect(package["version"] == version, f"the extension is version {package['version']}, the project {version}")

    vsix = work / f"regimen-{version}.vsix"
    again = work / "again.vsix"
    build(node, vsix)
    build(node, again)
    expect(vsix.read_bytes() == again.read_bytes(), "two builds of the same sources differ")

    with zipfile.ZipFile(vsix) as archive:
        expect(archive.testzip() is None, "an entry's checksum is wrong")
        names = set(archive.namelist())
        expect(len(names) == len(archive.namelist()), "an entry is there twice")

        manifest = ElementTree.fromstring(archive.read("extension.vsixmanifest"))
        identity = manifest.find(f"{VSX}Metadata/{VSX}Identity")
        expect(identity is not None, "the manifest has no Identity")
        for key, want in (("Id", package["name"]), ("Publisher", package["publisher"]), ("Version", version)):
            expect(identity.get(key) == want, f"the manifest's {key} is {identity.get(key)}, not {want}")
        properties = {p.get("Id"): p.get("Value") for p in manifest.iter(f"{VSX}Property")}
        expect(properties.get("Microsoft.VisualStudio.Code.Engine") == package["engines"]["vscode"], "the manifest's engine differs from package.json's")
        assets = [asset.get("Path") for asset in manifest.iter(f"{VSX}Asset")]
        expect("extension/package.json" in assets, "the manifest names no extension/package.json")
        for asset in assets:
            expect(asset in names, f"the manifest's asset {asset} is not in the package")

        types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(f"{TYPES}Default")}
        overrides = {o.get("PartName") for o in types.iter(f"{TYPES}Override")}
        for name in names - {"[Content_Types].xml"}:
            suffix = pathlib.PurePosixPath(name).suffix.lower()
            expect(suffix in defaults if suffix else f"/{name}" in overrides, f"{name} has no content type")

        packed = json.loads(archive.read("extension/package.json"))
        expect(packed == package, "extension/package.json differs from editors/vscode/package.json")
        contributed = [package["main"]]
        contributed += [language["configuration"] for language in package["contributes"]["languages"]]
        contributed += [grammar["path"] for grammar in package["contributes"]["grammars"]]
        for path in contributed:
            name = "extension/" + str(pathlib.PurePosixPath(path))
            expect(name in names, f"package.json names {path}, which is not in the package")
            expect(archive.read(name) == (EXTENSION / path).read_bytes(), f"{name} differs from its source")
        json.loads(archive.read("extension/syntaxes/regimen.tmLanguage.json"))

        lock = json.loads((EXTENSION / "package-lock.json").read_text())
        needed = [where for where, entry in lock["packages"].items() if where and not entry.get("dev")]
        expect("node_modules/vscode-languageclient" in needed, "the lock file has no vscode-languageclient")
        for where in needed:
            name = f"extension/{where}/package.json"
            expect(name in names, f"{where} is not in the package")
            expect(json.loads(archive.read(name))["version"] == lock["packages"][where]["version"],
                   f"{where} in the package is not the lock file's version")
        terminate = archive.getinfo("extension/node_modules/vscode-languageclient/lib/node/terminateProcess.sh")
        expect(terminate.external_attr >> 16 & 0o111, "the client's terminateProcess.sh lost its execute bits")

        unpacked = work / "unpacked"
        archive.extractall(unpacked)
    stand_in = unpacked / "node_modules" / "vscode"
    stand_in.mkdir(parents=True)
    (stand_in / "index.js").write_text(VSCODE_STAND_IN)
    loaded = subprocess.run(
        [node, "-e", "const e = require('./extension/extension.js');"
                     "if (typeof e.activate !== 'function' || typeof e.deactivate !== 'function') process.exit(3);"],
        cwd=unpacked, capture_output=True, text=True, timeout=60)
    expect(loaded.returncode == 0, f"extension.js does not load from the package: {loaded.stderr}")
    print(f"{vsix.name}: {len(names)} files; manifest, content types, dependencies and extension.js as expected")


if __name__ == "__main__":
    main()
