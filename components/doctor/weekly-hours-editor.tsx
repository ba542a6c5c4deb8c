"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type FormAction, type FormState } from "@/lib/actions/form-state";
import { clockToMinute, hoursProblemMessages, minuteToClock } from "@/lib/doctors/schemas";
import { formatNumber, weekdayName } from "@/lib/format/datetime";
import { translateMessage } from "@/lib/i18n/message";
import {
  BUFFER_MINUTES,
  MAX_INTERVALS_PER_DAY,
  SLOT_MINUTES,
  validateHoursSettings,
  type HoursSettings,
} from "@/lib/scheduling/weekly-hours";
import { controlClass, FieldShell } from "@/components/forms/field-shell";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { StrandedChoice } from "./stranded-choice";

type Row = { key: number; weekday: number; start: string; end: string };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const smallButton =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700";

const rowsOf = (hours: HoursSettings): Row[] =>
  hours.intervals.map((i, key) => ({
    key,
    weekday: i.weekday,
    start: minuteToClock(i.startMinute),
    end: minuteToClock(i.endMinute),
  }));
const newKey = (rows: Row[]) => rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
const intervalsOf = (rows: Row[]) =>
  rows.map((r) => ({ weekday: r.weekday, startMinute: clockToMinute(r.start), endMinute: clockToMinute(r.end, true) }));

/**
 * Weekly hours with several periods per day (the gaps are breaks), slot length and buffers. The
 * browser checks with the same rules as the server; when the change would strand booked
 * appointments, the server lists them and the doctor chooses to keep or cancel them.
 * Used by the doctor for their own hours and by an admin for any doctor's: `action` decides who.
 */
export function WeeklyHoursEditor({
  doctorId,
  initial,
  action,
  timeZone,
}: {
  doctorId: string;
  initial: HoursSettings;
  action: FormAction;
  timeZone: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const t = useTranslations("client.staff.hours");
  const translate = useTranslations();
  const intl = useTranslations("meta")("intl");
  const n = (value: number) => formatNumber(value, intl);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(initial));
  const [numbers, setNumbers] = useState({
    slotMinutes: String(initial.slotMinutes),
    bufferBeforeMin: String(initial.bufferBeforeMin),
    bufferAfterMin: String(initial.bufferAfterMin),
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") statusRef.current?.focus();
  }, [state]);

  const intervals = intervalsOf(rows);
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  // The browser's own check gives catalogue keys; the server's messages arrive translated.
  const errorFor = (key: string) => {
    const error = localErrors ? localErrors[key] : serverErrors[key]?.[0];
    return error === undefined ? undefined : translateMessage(translate, error);
  };
  const stranded = state.status === "error" ? state.affected : undefined;

  const update = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addRow = (weekday: number) => {
    const last = rows.filter((r) => r.weekday === weekday).at(-1);
    const start = last ? last.end : "09:00";
    const startMinute = clockToMinute(start);
    const end = Number.isNaN(startMinute) ? "17:00" : minuteToClock(Math.min(1440, startMinute + 180));
    setRows((all) => [...all, { key: newKey(all), weekday, start, end }]);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = validateHoursSettings({
      intervals,
      slotMinutes: Number(numbers.slotMinutes),
      bufferBeforeMin: Number(numbers.bufferBeforeMin),
      bufferAfterMin: Number(numbers.bufferAfterMin),
    });
    if (!checked.ok) {
      setLocalErrors(hoursProblemMessages(checked.errors));
      statusRef.current?.focus();
      return;
    }
    setLocalErrors(null);
    startTransition(() => formAction(new FormData(form)));
  };

  const shownState: FormState = localErrors ? { status: "error", message: t("correctHours"), fieldErrors: {} } : state;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("label")}>
      <FormStatus state={shownState} statusRef={statusRef} />
      <input type="hidden" name="doctorId" value={doctorId} />
      <input type="hidden" name="intervals" value={JSON.stringify(intervals)} />
      <p className="text-sm text-slate-600">{t("intro", { zone: timeZone })}</p>
      <ol className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {WEEKDAYS.map((weekday) => {
          const dayRows = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.weekday === weekday);
          const dayError = errorFor(`weekday.${weekday}`);
          const dayName = weekdayName(weekday, intl);
          return (
            <li
              key={weekday}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid={`hours-day-${weekday}`}
            >
              <fieldset className="space-y-3">
                <legend className="font-semibold">{dayName}</legend>
                {dayRows.length === 0 ? <p className="text-sm text-slate-600">{t("dayOff")}</p> : null}
                {dayRows.map(({ row, index }, i) => {
                  const label = t("period", { day: dayName, n: n(i + 1) });
                  return (
                    <div key={row.key} className="flex flex-wrap items-start gap-2">
                      <TimeInput
                        label={t("from")}
                        context={label}
                        value={row.start}
                        error={errorFor(`intervals.${index}.startMinute`)}
                        onChange={(start) => update(row.key, { start })}
                      />
                      <TimeInput
                        label={t("to")}
                        context={label}
                        value={row.end}
                        error={errorFor(`intervals.${index}.endMinute`)}
                        onChange={(end) => update(row.key, { end })}
                      />
                      <button
                        type="button"
                        className={`${smallButton} mt-6`}
                        onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                      >
                        {t("remove")}
                        <span className="sr-only"> {label}</span>
                      </button>
                    </div>
                  );
                })}
                {dayError ? <p className="text-sm text-red-700">{dayError}</p> : null}
                {dayRows.length < MAX_INTERVALS_PER_DAY ? (
                  <button type="button" className={smallButton} onClick={() => addRow(weekday)}>
                    {t("addPeriod")}
                    <span className="sr-only"> {t("onDay", { day: dayName })}</span>
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <NumberField
          name="slotMinutes"
          label={t("slotMinutes")}
          hint={t("slotHint", { min: n(SLOT_MINUTES.min), max: n(SLOT_MINUTES.max), step: n(SLOT_MINUTES.step) })}
          min={SLOT_MINUTES.min}
          max={SLOT_MINUTES.max}
          step={SLOT_MINUTES.step}
          value={numbers.slotMinutes}
          error={errorFor("slotMinutes")}
          onChange={(v) => setNumbers((n) => ({ ...n, slotMinutes: v }))}
        />
        <NumberField
          name="bufferBeforeMin"
          label={t("bufferBefore")}
          hint={t("bufferHint", { min: n(BUFFER_MINUTES.min), max: n(BUFFER_MINUTES.max) })}
          min={BUFFER_MINUTES.min}
          max={BUFFER_MINUTES.max}
          value={numbers.bufferBeforeMin}
          error={errorFor("bufferBeforeMin")}
          onChange={(v) => setNumbers((n) => ({ ...n, bufferBeforeMin: v }))}
        />
        <NumberField
          name="bufferAfterMin"
          label={t("bufferAfter")}
          hint={t("bufferHint", { min: n(BUFFER_MINUTES.min), max: n(BUFFER_MINUTES.max) })}
          min={BUFFER_MINUTES.min}
          max={BUFFER_MINUTES.max}
          value={numbers.bufferAfterMin}
          error={errorFor("bufferAfterMin")}
          onChange={(v) => setNumbers((n) => ({ ...n, bufferAfterMin: v }))}
        />
      </div>
      {stranded?.length ? <StrandedChoice items={stranded} reasonError={serverErrors.cancelReason?.[0]} /> : null}
      <div className="max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A time with a visible short label; the day and period are read out to screen readers too. */
function TimeInput({
  label,
  context,
  value,
  error,
  onChange,
}: {
  label: string;
  context: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="w-36 space-y-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        <span className="sr-only">, {context}</span>
      </label>
      <input
        id={id}
        type="time"
        step={300}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={controlClass}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type NumberFieldProps = {
  name: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  step?: number;
  value: string;
  error?: string;
  onChange: (value: string) => void;
};

function NumberField({ name, label, hint, min, max, step, value, error, onChange }: NumberFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} errorTestId={`error-${name}`}>
      {(control) => (
        <input
          type="number"
          inputMode="numeric"
          name={name}
          min={min}
          max={max}
          step={step}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...control}
          className={controlClass}
        />
      )}
    </FieldShell>
  );
}
