import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every server action file under app/, found on disk, so a new action cannot skip the guard
// (lib/http/form-action.ts: parsing, authentication, roles, rate limits).

function actionFiles(dir = path.resolve("app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}

const GUARDED_EXPORT = /^export const \w+ = (formAction|guardedAction)\(/;

describe("server actions", () => {
  it("the walk finds the action files", () => {
    const files = actionFiles().map((file) => path.relative(process.cwd(), file));
    expect(files).toEqual(expect.arrayContaining(["app/onboarding/actions.ts", "app/admin/creators/[id]/actions.ts", "app/admin/system/actions.ts", "app/verify-email/actions.ts", "app/actions/language.ts"]));
  });

  it("every exported action goes through formAction or guardedAction", () => {
    for (const file of actionFiles()) {
      const exports = fs.readFileSync(file, "utf8").split("\n").filter((line) => line.startsWith("export "));
      expect({ file: path.relative(process.cwd(), file), unguarded: exports.filter((line) => !GUARDED_EXPORT.test(line)) }).toEqual({ file: path.relative(process.cwd(), file), unguarded: [] });
      expect(exports.length).toBeGreaterThan(0);
    }
  });

  it("every admin action requires the admin role", () => {
    for (const file of actionFiles().filter((candidate) => candidate.includes(`${path.sep}admin${path.sep}`))) {
      const source = fs.readFileSync(file, "utf8");
      const actions = source.split("\n").filter((line) => GUARDED_EXPORT.test(line));
      expect(actions.length).toBeGreaterThan(0);
      for (const spec of actions) expect({ file, spec, admin: spec.includes('auth: { roles: ["admin"] }') }).toEqual({ file, spec, admin: true });
    }
  });
});
