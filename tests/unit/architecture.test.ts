import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import directions of docs/architecture.md are an eslint rule (eslint.config.mjs); this
// checks the rule really fires, so a layer cannot import upward unnoticed.

const eslint = new ESLint();

async function violations(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((message) => message.ruleId === "import/no-restricted-paths").map((message) => message.message);
}

describe("import directions", () => {
  it.each([
    ["lib/stripe/example.ts", 'import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";\nexport const x = startPayoutsOnboarding;\n', "lib/stripe reports facts"],
    ["lib/email/example.ts", 'import { registerCreator } from "@/lib/auth/register";\nexport const x = registerCreator;\n', "lib/email renders and sends"],
    ["lib/onboarding/example.ts", 'import { LoginForm } from "@/app/(auth)/login/login-form";\nexport const x = LoginForm;\n', "never import app/"],
    ["components/example.tsx", 'import { db } from "@/lib/db";\nexport const x = db;\n', "presentational"],
    ["lib/auth/example.ts", 'import { drainOutbox } from "@/lib/outbox/relay";\nexport const x = drainOutbox;\n', "composition root"],
    ["lib/db/example.ts", 'import { acceptTerms } from "@/lib/onboarding/terms";\nexport const x = acceptTerms;\n', "the core"],
  ])("%s may not import upward", async (filePath, source, reason) => {
    const found = await violations(filePath, source);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(reason);
  });

  it("allows the directions the layers go", async () => {
    expect(await violations("lib/onboarding/example.ts", 'import { retrieveAccountFacts } from "@/lib/stripe/accounts";\nexport const x = retrieveAccountFacts;\n')).toEqual([]);
    expect(await violations("app/example.ts", 'import { drainOutbox } from "@/lib/outbox/relay";\nexport const x = drainOutbox;\n')).toEqual([]);
  });
});
