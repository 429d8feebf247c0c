// Packs the extension into regimen-VERSION.vsix without any packaging tool:
//   node build.js [OUT.vsix]
// (default: regimen-VERSION.vsix beside this file). A VSIX is a zip with
// extension.vsixmanifest, [Content_Types].xml and the extension under
// extension/, its production node_modules included: install them first with
// `npm ci --ignore-scripts`. The same sources give the same bytes: entries
// are sorted and dated SOURCE_DATE_EPOCH (or 1980-01-01).
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const HERE = __dirname;
const SOURCES = ["package.json", "extension.js", "language-configuration.json", "syntaxes/regimen.tmLanguage.json", "README.md"];

function fail(message) {
  console.error(`build.js: ${message}`);
  process.exit(1);
}

function filesUnder(dir, prefix, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // A package's own node_modules are packages of the lock file, added apart.
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, `${prefix}${entry.name}/`, out);
    else if (entry.isFile()) out.push(`${prefix}${entry.name}`);
  }
  return out;
}

// The packages the extension needs at run time, as the lock file pins them,
// each checked against what `npm ci` installed.
function productionFiles() {
  const lock = JSON.parse(fs.readFileSync(path.join(HERE, "package-lock.json"), "utf8"));
  const files = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === "" || entry.dev) continue;
    const installed = path.join(HERE, where, "package.json");
    if (!fs.existsSync(installed)) fail(`${where} is not installed: run \`npm ci --ignore-scripts\` in ${HERE}`);
    const version = JSON.parse(fs.readFileSync(installed, "utf8")).version;
    if (version !== entry.version) fail(`${where} is ${version}, the lock file says ${entry.version}: run \`npm ci --ignore-scripts\``);
    files.push(...filesUnder(path.join(HERE, where), `${where}/`, []));
  }
  return files;
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function manifest(pkg) {
  const properties = [
    ["Microsoft.VisualStudio.Code.Engine", pkg.engines.vscode],
    ["Microsoft.VisualStudio.Code.ExtensionDependencies", ""],
    ["Microsoft.VisualStudio.Code.ExtensionPack", ""],
    ["Microsoft.VisualStudio.Code.ExtensionKind", "workspace"],
    ["Microsoft.VisualStudio.Code.LocalizedLanguages", ""],
    ["Microsoft.VisualStudio.Services.GitHubFlavoredMarkdown", "true"],
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${escapeXml(pkg.name)}" Version="${escapeXml(pkg.version)}" Publisher="${escapeXml(pkg.publisher)}" />
    <DisplayName>${escapeXml(pkg.displayName)}</DisplayName>
    <Description xml:space="preserve">${escapeXml(pkg.description)}</Description>
    <Tags>regimen</Tags>
    <Categories>${escapeXml(pkg.categories.join(","))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
${properties.map(([id, value]) => `      <Property Id="${id}" Value="${escapeXml(value)}" />`).join("\n")}
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true" />
  </Assets>
</PackageManifest>
`;
}

const CONTENT_TYPES = {
  ".json": "application/json",
  ".js": "application/javascript",
  ".md": "text/markdown",
  ".vsixmanifest": "text/xml",
};

// Every part has a content type: by its extension, or, for a name without
// one (`LICENSE`), by its own path.
function contentTypes(names) {
  const defaults = new Map();
  const overrides = [];
  for (const name of names) {
    const extension = path.posix.extname(name).toLowerCase();
    if (extension === "") overrides.push(name);
    else defaults.set(extension, CONTENT_TYPES[extension] || "application/octet-stream");
  }
  const lines = [...defaults].sort().map(([extension, type]) => `<Default Extension="${escapeXml(extension)}" ContentType="${type}" />`);
  lines.push(...overrides.map((name) => `<Override PartName="/${escapeXml(name)}" ContentType="application/octet-stream" />`));
  return `<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${lines.join("")}</Types>
`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function dosTime(date) {
  const year = Math.max(date.getUTCFullYear(), 1980);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

// A zip of ENTRIES ([name, bytes, executable], in order), each deflated.
// The mode is kept for the client's terminateProcess.sh, which it runs.
function zip(entries, date) {
  const { time, day } = dosTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data, executable] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((executable ? 0o100755 : 0o100644) << 16) >>> 0, 38); // a regular file
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(HERE, "package.json"), "utf8"));
  const out = path.resolve(process.argv[2] || path.join(HERE, `${pkg.name}-${pkg.version}.vsix`));
  const files = [...SOURCES, ...productionFiles()].sort();
  if (files.length > 0xffff) fail("too many files for a zip without its 64-bit extension");
  const entries = files.map((file) => {
    const full = path.join(HERE, file);
    return [`extension/${file}`, fs.readFileSync(full), (fs.statSync(full).mode & 0o111) !== 0];
  });
  entries.unshift(["extension.vsixmanifest", Buffer.from(manifest(pkg))]);
  entries.unshift(["[Content_Types].xml", Buffer.from(contentTypes(entries.map(([name]) => name)))]);
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1));
  fs.writeFileSync(out, zip(entries, date));
  console.log(`wrote ${out}: ${entries.length} files`);
}

main();
