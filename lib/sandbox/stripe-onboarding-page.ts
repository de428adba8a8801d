// The sandbox's stand-in for Stripe's hosted Express onboarding: fake details (nothing is
// checked) and a choice of outcome, so every path of our integration can be walked by hand.

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function renderOnboardingPage(accountId: string, email: string | null, submitPath: string, outcomes: ReadonlyArray<{ value: string; label: string }>): string {
  const options = outcomes.map(
    (outcome, index) =>
      `<label class="option"><input type="radio" name="outcome" value="${outcome.value}"${index === 0 ? " checked" : ""}> ${escapeHtml(outcome.label)}</label>`,
  ).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stripe sandbox · Set up payouts</title>
<style>
  body { font-family: -apple-system, "Segoe UI", Roboto, sans-serif; background: #f6f9fc; color: #1a1f36; margin: 0; }
  main { max-width: 480px; margin: 40px auto; background: #fff; border-radius: 12px; padding: 32px; box-shadow: 0 2px 8px rgba(0,0,0,.08); }
  .badge { display: inline-block; background: #ffe5b4; color: #7a4500; font-size: 12px; font-weight: 700; padding: 2px 8px; border-radius: 999px; }
  h1 { font-size: 22px; margin: 12px 0 4px; }
  label { display: block; font-size: 14px; font-weight: 600; margin-top: 14px; }
  input[type=text] { width: 100%; box-sizing: border-box; padding: 10px; border: 1px solid #c4cdd5; border-radius: 6px; font-size: 15px; margin-top: 4px; }
  fieldset { border: 1px solid #e3e8ee; border-radius: 8px; margin-top: 20px; padding: 8px 14px 14px; }
  legend { font-weight: 700; font-size: 14px; padding: 0 4px; }
  .option { font-weight: 400; }
  button { margin-top: 24px; width: 100%; background: #635bff; color: #fff; border: 0; border-radius: 6px; padding: 12px; font-size: 16px; font-weight: 600; cursor: pointer; }
  p.note { font-size: 13px; color: #4f566b; }
</style>
</head>
<body>
<main>
  <span class="badge">TEST MODE · Stripe sandbox — nothing is verified, no real money moves</span>
  <h1>Set up payouts</h1>
  <p class="note">Account ${escapeHtml(accountId)}${email ? ` · ${escapeHtml(email)}` : ""}</p>
  <form method="post" action="${escapeHtml(submitPath)}">
    <label for="first_name">First name</label>
    <input type="text" id="first_name" name="first_name" value="Jenny" autocomplete="off">
    <label for="last_name">Last name</label>
    <input type="text" id="last_name" name="last_name" value="Rosen" autocomplete="off">
    <label for="dob">Date of birth</label>
    <input type="text" id="dob" name="dob" value="1990-01-01" autocomplete="off">
    <label for="iban">Bank account (IBAN)</label>
    <input type="text" id="iban" name="iban" value="FR1420041010050500013M02606" autocomplete="off">
    <fieldset>
      <legend>Outcome</legend>
      ${options}
    </fieldset>
    <button type="submit">Submit</button>
  </form>
</main>
</body>
</html>`;
}
