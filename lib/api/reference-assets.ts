import { readFile } from "node:fs/promises";
import path from "node:path";
import getAbsoluteFSPath from "swagger-ui-dist/absolute-path.js";

// The API reference page is Swagger UI, served from its npm package by the app itself: no CDN,
// so it works offline and under the app's CSP (a nonced script, nothing inline).

const SWAGGER_UI_VERSION = "5.35.0";

/** Starts Swagger UI on #swagger-ui once the element exists (the script may load before the body). */
const START = `
;(function start() {
  var target = document.getElementById("swagger-ui");
  if (!target || !window.SwaggerUIBundle) return void setTimeout(start, 20);
  window.SwaggerUIBundle({ url: "/api/v1/openapi.json", domNode: target, deepLinking: true, validatorUrl: null, defaultModelsExpandDepth: 0, tryItOutEnabled: false });
})();
`;

const ASSETS = {
  "reference.js": { contentType: "text/javascript; charset=utf-8", files: ["swagger-ui-bundle.js"], append: START },
  "reference.css": { contentType: "text/css; charset=utf-8", files: ["swagger-ui.css"], append: "" },
} as const;

export type ReferenceAssetName = keyof typeof ASSETS;

export function isReferenceAsset(name: string): name is ReferenceAssetName {
  return Object.hasOwn(ASSETS, name);
}

/** The URL of an asset, versioned so browsers may cache it for good. */
export function referenceAssetUrl(name: ReferenceAssetName): string {
  return `/docs/api/assets/${name}?v=${SWAGGER_UI_VERSION}`;
}

const loaded = new Map<ReferenceAssetName, Promise<string>>();

export function referenceAsset(name: ReferenceAssetName): Promise<{ body: string; contentType: string }> {
  const asset = ASSETS[name];
  if (!loaded.has(name)) {
    const directory = getAbsoluteFSPath();
    loaded.set(name, Promise.all(asset.files.map((file) => readFile(path.join(directory, file), "utf8"))).then((parts) => parts.join("\n") + asset.append));
  }
  return loaded.get(name)!.then((body) => ({ body, contentType: asset.contentType }));
}
