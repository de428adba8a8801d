"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import { saveProfileAction } from "@/app/onboarding/actions";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@/lib/i18n/languages";
import {
  CONTENT_CATEGORIES,
  MAX_CATEGORIES,
} from "@/lib/onboarding/categories";

export interface ProfileDefaults {
  onlyfansHandle: string;
  /** Empty until the creator has saved one: the browser's region is proposed instead. */
  country: string;
  language: Language;
  /** Null until the creator has saved one: the browser's zone is proposed instead. */
  timezone: string | null;
  contentCategories: string[];
  declaredAudienceSize: string;
}

interface ProfileFormProps {
  mode: "wizard" | "settings";
  email: string;
  defaults: ProfileDefaults;
  countries: Array<{ code: string; name: string }>;
  timeZones: string[];
  /** What the server renders before the browser says where it is. */
  fallbackTimeZone: string;
  /**
   * The region of the browser's language (Accept-Language "en-US" → "US"), known to the server:
   * the country proposed, and the "cannot be paid there" notice, are in the first paint.
   */
  requestRegion: string | undefined;
  supportEmail: string;
}

function asList(value: string | string[] | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : Array.isArray(value)
      ? value
      : [value];
}

const subscribeToNothing = () => () => {};

/** The browser's time zone; null on the server. */
function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribeToNothing, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
}

export function ProfileForm(props: ProfileFormProps) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(
    saveProfileAction,
    IDLE,
  );
  const { formProps, errors } = useFormErrors(state);
  return (
    <>
      {state.code === "unauthenticated" && <SignInAgain email={props.email} />}
      {/* Keyed by what came back: every answer starts the fields afresh from the echoed values. */}
      <form
        key={JSON.stringify(state)}
        {...formProps}
        action={submit}
        className="space-y-6"
      >
        {props.mode === "wizard" && (
          <p className="text-slate-700">{t("onboarding.profile.intro")}</p>
        )}
        {props.mode === "settings" && (
          <input type="hidden" name="returnTo" value="dashboard" />
        )}
        <ProfileFields {...props} state={state} fields={errors} />
      </form>
    </>
  );
}

function ProfileFields({
  mode,
  defaults,
  countries,
  timeZones,
  fallbackTimeZone,
  requestRegion,
  supportEmail,
  state,
  fields,
}: ProfileFormProps & { state: FormState; fields: Record<string, string> }) {
  const t = useTranslations();
  const values = state.values ?? {};
  const echoed = (name: string) =>
    typeof values[name] === "string" ? (values[name] as string) : undefined;

  const [chosenCountry, setCountry] = useState(echoed("country"));
  const [chosenTimeZone, setTimeZone] = useState(echoed("timezone"));
  const [categories, setCategories] = useState<string[]>(
    asList(values.contentCategories) ?? defaults.contentCategories,
  );

  // On every load, once hydrated (the submit button waits for that too): what the creator has
  // not chosen yet follows the browser, and the form says so.
  const browserTimeZone = useBrowserTimeZone();
  const browserZone =
    !defaults.timezone && browserTimeZone && timeZones.includes(browserTimeZone)
      ? browserTimeZone
      : undefined;
  const browserCountry =
    !defaults.country &&
    requestRegion &&
    countries.some((candidate) => candidate.code === requestRegion)
      ? requestRegion
      : undefined;
  const timeZone =
    chosenTimeZone ?? defaults.timezone ?? browserZone ?? fallbackTimeZone;
  const country = chosenCountry ?? (defaults.country || browserCountry || "");
  const detected =
    (!chosenTimeZone && Boolean(browserZone)) ||
    (!chosenCountry && Boolean(browserCountry));

  const full = categories.length >= MAX_CATEGORIES;
  const toggle = (category: string, checked: boolean) =>
    setCategories((current) =>
      checked
        ? [...current, category]
        : current.filter((entry) => entry !== category),
    );
  const labels = {
    onlyfansHandle: t("onboarding.profile.handle"),
    country: t("onboarding.profile.country"),
    timezone: t("onboarding.profile.timezone"),
    contentCategories: t("onboarding.profile.categories"),
    declaredAudienceSize: t("onboarding.profile.audience"),
  };

  return (
    <>
      {state.code !== "unauthenticated" && (
        <ErrorSummary state={state} errors={fields} labels={labels} />
      )}
      <Field
        label={labels.onlyfansHandle}
        name="onlyfansHandle"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        data-missing={t("errors.handle_required")}
        defaultValue={echoed("onlyfansHandle") ?? defaults.onlyfansHandle}
        hint={t("onboarding.profile.handleHint")}
        error={fields.onlyfansHandle}
      />

      <SelectField
        label={labels.country}
        name="country"
        required
        data-missing={t("errors.country_invalid")}
        value={country}
        onChange={(event) => setCountry(event.target.value)}
        options={[
          { value: "", label: "—" },
          ...countries.map((candidate) => ({
            value: candidate.code,
            label: candidate.name,
          })),
        ]}
        hint={t("onboarding.profile.countryHint")}
        error={fields.country}
      />
      <WhoCanBePaid
        countries={countries}
        supportEmail={supportEmail}
        browserRegion={!country && requestRegion && !browserCountry ? requestRegion : undefined}
      />

      <SelectField
        label={t("onboarding.profile.language")}
        name="language"
        defaultValue={echoed("language") ?? defaults.language}
        options={LANGUAGES.map((option) => ({
          value: option,
          label: LANGUAGE_NAMES[option],
          lang: option,
        }))}
      />

      <TimeZonePicker
        name="timezone"
        label={labels.timezone}
        zones={timeZones}
        value={timeZone}
        onChange={setTimeZone}
        hint={
          detected
            ? t("onboarding.profile.detectedHint")
            : t("onboarding.profile.timezoneHint")
        }
        error={fields.timezone}
      />

      <fieldset
        aria-describedby={
          fields.contentCategories
            ? "categories-hint categories-error"
            : "categories-hint"
        }
      >
        <legend className="text-sm font-medium text-slate-900">
          {labels.contentCategories}
        </legend>
        <p
          id="categories-hint"
          className="mt-1 text-sm text-slate-600"
          aria-live="polite"
        >
          {t("onboarding.profile.categoriesCount", {
            count: categories.length,
            max: MAX_CATEGORIES,
            limit: full ? "reached" : "open",
          })}
        </p>
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {CONTENT_CATEGORIES.map((category, index) => {
            const checked = categories.includes(category);
            return (
              <label
                key={category}
                className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-900 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:disabled]:opacity-60"
              >
                <input
                  type="checkbox"
                  name="contentCategories"
                  id={index === 0 ? "contentCategories" : undefined}
                  value={category}
                  checked={checked}
                  disabled={full && !checked}
                  onChange={(event) => toggle(category, event.target.checked)}
                  aria-invalid={
                    index === 0 && fields.contentCategories ? true : undefined
                  }
                  className="h-4 w-4 rounded border-slate-400"
                />
                {t(`onboarding.categories.${category}`)}
              </label>
            );
          })}
        </div>
        {fields.contentCategories && (
          <p
            id="categories-error"
            className="mt-1.5 text-sm font-medium text-red-700"
          >
            {fields.contentCategories}
          </p>
        )}
      </fieldset>

      <Field
        label={labels.declaredAudienceSize}
        name="declaredAudienceSize"
        inputMode="numeric"
        pattern="[0-9 ,.]*"
        data-invalid={t("errors.audience_invalid")}
        defaultValue={
          echoed("declaredAudienceSize") ?? defaults.declaredAudienceSize
        }
        hint={t("onboarding.profile.audienceHint")}
        error={fields.declaredAudienceSize}
      />

      <div className="flex flex-col gap-3 sm:flex-row-reverse sm:items-center">
        <div className="sm:flex-1">
          <SubmitButton pendingLabel={t("common.working")}>
            {mode === "settings"
              ? t("onboarding.profile.saveChanges")
              : t("onboarding.saveAndContinue")}
          </SubmitButton>
        </div>
        {mode === "settings" && (
          <Link
            href="/dashboard"
            className="text-center text-sm font-medium text-brand-700 underline sm:flex-1"
          >
            {t("onboarding.profile.cancel")}
          </Link>
        )}
      </div>
    </>
  );
}

/**
 * Said before the creator picks: where this agency can pay creators (Stripe decides it from the
 * platform's country), and what to do when home is not one of them. A browser that says it is in
 * such a country gets that answer straight away instead of an unexplained list.
 */
function WhoCanBePaid({
  countries,
  supportEmail,
  browserRegion,
}: {
  countries: Array<{ code: string; name: string }>;
  supportEmail: string;
  browserRegion: string | undefined;
}) {
  const t = useTranslations("onboarding.profile");
  const locale = useLocale();
  const regionName = browserRegion
    ? new Intl.DisplayNames([locale], { type: "region" }).of(browserRegion)
    : undefined;
  const waitlist = `mailto:${supportEmail}?subject=${encodeURIComponent(t("waitlistSubject"))}`;
  return (
    <div className="-mt-3 space-y-2 text-sm text-slate-700">
      {regionName && (
        <Alert tone="info" title={t("notPaidYet", { country: regionName })}>
          <a href={waitlist} className="font-semibold underline">
            {t("joinWaitlist", { email: supportEmail })}
          </a>
        </Alert>
      )}
      <details>
        <summary className="cursor-pointer font-medium text-brand-700 underline">
          {t("whoCanBePaid", { count: countries.length })}
        </summary>
        <p className="mt-2">
          {new Intl.ListFormat(locale).format(countries.map((country) => country.name))}
        </p>
        <p className="mt-2">
          {t("notListed")}{" "}
          <a href={waitlist} className="font-semibold underline">
            {t("joinWaitlist", { email: supportEmail })}
          </a>
        </p>
      </details>
    </div>
  );
}
