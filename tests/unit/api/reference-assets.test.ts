import { describe, expect, it } from "vitest";
import { isReferenceAsset, referenceAsset, referenceAssetUrl } from "@/lib/api/reference-assets";

describe("the API reference's assets", () => {
  it("serves only its two files, versioned so they can be cached for good", () => {
    expect(isReferenceAsset("reference.js")).toBe(true);
    expect(isReferenceAsset("reference.css")).toBe(true);
    expect(isReferenceAsset("../../package.json")).toBe(false);
    expect(isReferenceAsset("toString")).toBe(false);
    expect(referenceAssetUrl("reference.js")).toMatch(/^\/docs\/api\/assets\/reference\.js\?v=\d+\.\d+\.\d+$/);
  });

  it("is Swagger UI from its npm package, started on the app's own document without the public validator", async () => {
    const script = await referenceAsset("reference.js");
    expect(script.contentType).toBe("text/javascript; charset=utf-8");
    expect(script.body).toContain("SwaggerUIBundle");
    expect(script.body).toContain('url: "/api/v1/openapi.json"');
    expect(script.body).toContain("validatorUrl: null");
    const style = await referenceAsset("reference.css");
    expect(style.contentType).toBe("text/css; charset=utf-8");
    expect(style.body).toContain(".swagger-ui");
    expect(await referenceAsset("reference.js")).toEqual(script);
  });
});
