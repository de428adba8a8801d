"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveProfileAction } from "@/app/onboarding/actions";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@/lib/i18n/languages";
import { CONTENT_CATEGORIES } from "@/lib/onboarding/categories";

export interface ProfileDefaults {
  onlyfansHandle: string;
  country: string;
  language: Language;
  timezone: string | null;
  contentCategories: string[];
  declaredAudienceSize: string;
}

interface ProfileFormProps {
  language: Language;
  defaults: ProfileDefaults;
  countries: Array<{ code: string; name: string }>;
  timeZones: string[];
  fallbackTimeZone: string;
}

function browserTimeZone(): string | undefined {
  return typeof Intl === "undefined" ? undefined : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function asList(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** The region of the browser's language (fr-FR → FR), as a first guess of the country. */
function browserCountry(): string {
  return typeof navigator === "undefined" ? "" : (navigator.language.split("-")[1] ?? "").toUpperCase();
}

export function ProfileForm({ language, defaults, countries, timeZones, fallbackTimeZone }: ProfileFormProps) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(saveProfileAction, IDLE);
  // Chosen once on first render: the saved zone, else the browser's, else the account default.
  const [initialZone] = useState(() => {
    const candidate = defaults.timezone ?? browserTimeZone();
    return candidate && timeZones.includes(candidate) ? candidate : fallbackTimeZone;
  });
  const [initialCountry] = useState(() => {
    const candidate = defaults.country || browserCountry();
    return countries.some((country) => country.code === candidate) ? candidate : "";
  });
  const values = state.values ?? {};
  const categories = asList(values.contentCategories) ?? (state.status === "error" ? [] : defaults.contentCategories);
  const fields = state.fields ?? {};
  const text = (name: keyof ProfileDefaults) => (typeof values[name] === "string" ? (values[name] as string) : (defaults[name] as string));

  return (
    // Keyed by what came back, so React's post-submit form reset cannot put back stale defaults.
    <form key={JSON.stringify(values)} action={submit} className="space-y-6" noValidate>
      <p className="text-slate-700">{t("onboarding.profile.intro")}</p>
      {state.status === "error" && !state.fields && <Alert tone="error">{state.message}</Alert>}
      <Field
        label={t("onboarding.profile.handle")}
        name="onlyfansHandle"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={text("onlyfansHandle")}
        hint={t("onboarding.profile.handleHint")}
        error={fields.onlyfansHandle}
      />

      <SelectField
        label={t("onboarding.profile.country")}
        name="country"
        required
        defaultValue={typeof values.country === "string" ? values.country : initialCountry}
        options={[{ value: "", label: "—" }, ...countries.map((country) => ({ value: country.code, label: country.name }))]}
        hint={t("onboarding.profile.countryHint")}
        error={fields.country}
      />

      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField
          label={t("onboarding.profile.language")}
          name="language"
          defaultValue={text("language") || language}
          options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_NAMES[option], lang: option }))}
        />
        <SelectField
          label={t("onboarding.profile.timezone")}
          name="timezone"
          defaultValue={typeof values.timezone === "string" ? values.timezone : initialZone}
          options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
          hint={t("onboarding.profile.timezoneHint")}
          error={fields.timezone}
        />
      </div>

      <fieldset aria-describedby={fields.contentCategories ? "categories-hint categories-error" : "categories-hint"}>
        <legend className="text-sm font-medium text-slate-900">{t("onboarding.profile.categories")}</legend>
        <p id="categories-hint" className="mt-1 text-sm text-slate-600">
          {t("onboarding.profile.categoriesHint")}
        </p>
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {CONTENT_CATEGORIES.map((category) => (
            <label key={category} className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-900 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="checkbox" name="contentCategories" value={category} defaultChecked={categories.includes(category)} className="h-4 w-4 rounded border-slate-400" />
              {t(`onboarding.categories.${category}`)}
            </label>
          ))}
        </div>
        {fields.contentCategories && (
          <p id="categories-error" className="mt-1.5 text-sm font-medium text-red-700">
            {fields.contentCategories}
          </p>
        )}
      </fieldset>

      <Field
        label={t("onboarding.profile.audience")}
        name="declaredAudienceSize"
        inputMode="numeric"
        defaultValue={text("declaredAudienceSize")}
        hint={t("onboarding.profile.audienceHint")}
        error={fields.declaredAudienceSize}
      />

      <SubmitButton pendingLabel={t("common.working")}>{t("onboarding.saveAndContinue")}</SubmitButton>
    </form>
  );
}
