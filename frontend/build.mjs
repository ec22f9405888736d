// Builds Waymark's front-end assets into the Spring Boot resources, so that
// the Maven build needs no Node. Run with: npm ci && npm run build
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const modules = join(here, "node_modules");
const assets = join(root, "src/main/resources/static/assets");
const require = createRequire(import.meta.url);

function write(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
  console.log(`wrote ${path.slice(root.length + 1)}`);
}

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  console.log(`copied ${to.slice(root.length + 1)}`);
}

// 1. Styles: GOV.UK Frontend 6 (Arial, no GDS Transport) plus Waymark's own.
const css = sass.compile(join(here, "src/waymark.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter(here)],
  quietDeps: true,
});
if (/GDS Transport/i.test(css.css)) {
  throw new Error("waymark.css still mentions GDS Transport");
}
write(join(assets, "waymark.css"), css.css + "\n");

// 2. Scripts: GOV.UK Frontend's ES module build, started by waymark.js.
const govuk = join(modules, "govuk-frontend/dist/govuk");
copy(join(govuk, "govuk-frontend.min.js"), join(assets, "govuk-frontend.min.js"));
write(
  join(assets, "waymark.js"),
  "import { initAll } from '/assets/govuk-frontend.min.js';\ninitAll();\n",
);

// 3. Icons. Every image GOV.UK Frontend ships (favicon.ico/.svg,
// govuk-icon-*.png/-mask.svg, govuk-opengraph-image.png, govuk-crest.svg) is
// the crown, the royal crest or the GOV.UK logotype, which a council service
// must not use, so none is copied and neither are the GDS Transport fonts.
// Waymark has its own plain favicon and web manifest instead.
write(
  join(assets, "images/favicon.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" fill="#1d70b8"/>` +
    `<path fill="none" stroke="#fff" stroke-width="3.5" stroke-linejoin="round" d="M5 8l5.5 17L16 12l5.5 13L27 8"/>` +
    `</svg>\n`,
);
write(
  join(assets, "manifest.json"),
  JSON.stringify(
    {
      name: "Waymark",
      icons: [{ src: "images/favicon.svg", type: "image/svg+xml", sizes: "any", purpose: "any" }],
    },
    null,
    2,
  ) + "\n",
);

// 4. axe-core for the Java browser (accessibility) tests.
copy(join(modules, "axe-core/axe.min.js"), join(root, "src/test/resources/axe/axe.min.js"));

// 5. Common passwords: Mozilla's Firefox Accounts list (50,000 passwords from
// the SecLists top-1M list, already lower-cased and 8+ characters long).
// It is kept at 8+ so the file still serves if the minimum length changes.
const fxaRequire = createRequire(require.resolve("fxa-common-password-list"));
const { Decoder } = fxaRequire("incremental-encoder").default;
const encoded = fxaRequire("./encoded-passwords");
const decoded = new Decoder().decode(encoded.split("\n"));
const passwords = [...new Set(decoded.map((p) => p.trim().toLowerCase()))]
  .filter((p) => p.length >= 8)
  .sort();
if (passwords.length < 10000) {
  throw new Error(`only ${passwords.length} common passwords decoded`);
}
write(join(root, "src/main/resources/passwords/common-passwords.txt"), passwords.join("\n") + "\n");
console.log(`${passwords.length} common passwords`);
